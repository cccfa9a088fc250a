module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'feedback',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
