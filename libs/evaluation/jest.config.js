module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'evaluation',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
