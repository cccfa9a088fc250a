module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'area-index',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
