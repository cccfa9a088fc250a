module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'routing-policy',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
