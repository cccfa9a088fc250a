// Unit tests of the project's own tools (plain Node scripts under tools/).
module.exports = {
  displayName: 'tools',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.js'],
};
