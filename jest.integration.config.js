// Integration and end-to-end tests: real PostgreSQL, Kafka, Keycloak and SMTP sink (started by
// tools/test/run-all.sh through deploy/local), nothing mocked. One file at a time per jest process;
// npm test runs two shards side by side (--shard=1/2 and 2/2, split by tools/test/integration-sequencer.js), each
// against its own broker.
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
  testSequencer: '<rootDir>/tools/test/integration-sequencer.js',
};
