// Integration and end-to-end tests: real PostgreSQL, Kafka, Keycloak and SMTP sink (started by
// tools/test/run-all.sh through deploy/local), nothing mocked. One file at a time (2 cores, shared broker).
const preset = require('./jest.preset.js');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  ...preset,
  rootDir: __dirname,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts', '<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  setupFiles: [...preset.setupFiles, '<rootDir>/tools/test/integration-setup.js'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
