// Unit tests of every project at once (each project's own jest.config.js; `nx test <project>` runs one).
module.exports = {
  projects: ['<rootDir>/apps/*/jest.config.js', '<rootDir>/libs/*/jest.config.js', '<rootDir>/tools/jest.config.js', '<rootDir>/tools/kubernetes/jest.config.js'],
};
