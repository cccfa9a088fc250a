module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'testing',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
