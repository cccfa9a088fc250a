module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'audit-chain',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
