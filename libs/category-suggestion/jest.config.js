module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'category-suggestion',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
