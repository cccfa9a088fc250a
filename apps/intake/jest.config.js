module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'intake',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
