module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'auth',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
