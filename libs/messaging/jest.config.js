module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'messaging',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
