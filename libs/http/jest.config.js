module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'http',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
