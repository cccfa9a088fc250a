// Copies the data files libraries read at run time (libs/<lib>/data) next to their compiled code in dist/,
// so dist/libs/<lib>/src/... finds ../../data as it does from the sources.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
for (const lib of fs.readdirSync(path.join(root, 'libs'))) {
  const source = path.join(root, 'libs', lib, 'data');
  if (!fs.existsSync(source)) continue;
  fs.cpSync(source, path.join(root, 'dist', 'libs', lib, 'data'), { recursive: true });
}
