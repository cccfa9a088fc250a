module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'persistence',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
