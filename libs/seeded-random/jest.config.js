module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'seeded-random',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
