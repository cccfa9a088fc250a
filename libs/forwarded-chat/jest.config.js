module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'forwarded-chat',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
