module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'disclosure-policy',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
