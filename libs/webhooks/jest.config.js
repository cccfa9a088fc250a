module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'webhooks',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
