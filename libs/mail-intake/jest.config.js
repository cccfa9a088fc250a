module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'mail-intake',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
