module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'multi-agency-signal',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
