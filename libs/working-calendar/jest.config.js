module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'working-calendar',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
