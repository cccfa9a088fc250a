module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'taxonomy',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
