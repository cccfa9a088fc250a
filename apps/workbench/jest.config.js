module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'workbench',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
