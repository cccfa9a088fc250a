module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'redaction',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
