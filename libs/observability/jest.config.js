module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'observability',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
