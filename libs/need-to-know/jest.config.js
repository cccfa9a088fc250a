module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'need-to-know',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
