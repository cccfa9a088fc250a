// Lets the compiled services (dist/) resolve the @loket/* library aliases of tsconfig.base.json.
//   node -r ./tools/runtime/register-aliases.js dist/apps/intake/src/main.js
const path = require('node:path');
const { register } = require('tsconfig-paths');

register({
  baseUrl: path.resolve(__dirname, '../../dist'),
  paths: { '@loket/*': ['libs/*/src'] },
});
