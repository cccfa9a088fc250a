#!/usr/bin/env bash
# Scaffolds a library: tools/new-lib.sh <name> <scope> <type>   e.g. tools/new-lib.sh routing-policy routing domain
set -euo pipefail
name=$1; scope=$2; type=$3
dir="libs/$name"
mkdir -p "$dir/src"
cat > "$dir/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "../../node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "library",
  "tags": ["scope:$scope", "type:$type"],
  "targets": { "test": {}, "lint": {} }
}
JSON
cat > "$dir/jest.config.js" <<JS
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: '$name',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
JS
[ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
