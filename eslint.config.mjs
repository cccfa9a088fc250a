import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Layers (type:*) and owners (scope:*). Domain libraries hold the product's rules and may not import
// a framework, a driver or a broker client; apps never import other apps.
// Tests may also use the test kit (type:testing); production code may not.
const depConstraints = (testCode) => {
  const t = testCode ? ['type:testing'] : [];
  return [
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:infrastructure', ...t] },
    { sourceTag: 'type:infrastructure', onlyDependOnLibsWithTags: ['type:infrastructure', 'type:contracts', 'type:domain', ...t] },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:testing', 'type:infrastructure', 'type:contracts', 'type:domain'] },
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: frameworkPackages.filter((p) => p !== 'express') },
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', ...t], bannedExternalImports: frameworkPackages },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
    { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:shared', 'scope:intake'] },
    { sourceTag: 'scope:routing', onlyDependOnLibsWithTags: ['scope:shared', 'scope:routing'] },
    { sourceTag: 'scope:workbench', onlyDependOnLibsWithTags: ['scope:shared', 'scope:workbench'] },
    { sourceTag: 'scope:feedback', onlyDependOnLibsWithTags: ['scope:shared', 'scope:feedback'] },
    { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
    { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
    { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
  ];
};
const boundaries = (testCode) => [
  'error',
  { enforceBuildableLibDependency: false, allow: [], banTransitiveDependencies: false, depConstraints: depConstraints(testCode) },
];

const frameworkPackages = ['@nestjs/*', 'typeorm', 'kafkajs', 'keycloak-connect', 'pg', 'express', 'nodemailer'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.local', '**/coverage'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': boundaries(false),
      'no-restricted-imports': ['error', { patterns: [{ group: ['@loket/*/src/*', '@loket/*/src'], message: 'Import a library by its alias (@loket/<lib>), never a deep path.' }] }],
    },
  },
  {
    // The web front end (browser code, its own tsconfig): the same type-aware rules for .ts and .tsx.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': boundaries(false),
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/integration/**/*.ts', 'test/**/*.ts', '**/bench/**/*.ts', '**/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@nx/enforce-module-boundaries': boundaries(true) },
  },
];
