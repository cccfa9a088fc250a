module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'case-lifecycle',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
