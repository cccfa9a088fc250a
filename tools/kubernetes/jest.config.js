// The Kubernetes manifests' test (deploy/kubernetes): renders every overlay with kubectl and validates it.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'kubernetes',
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
