module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'incident-linking',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
