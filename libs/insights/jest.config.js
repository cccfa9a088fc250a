module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'insights',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
