module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'neighbourhood-priorities',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
