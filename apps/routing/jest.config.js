module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'routing',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
