// Copies the data files libraries read at run time (libs/<lib>/data, and libs/<lib>/corpus: the evaluation corpus
// routing trains and evaluates linking models on) next to their compiled code in dist/,
// so dist/libs/<lib>/src/... finds ../../data as it does from the sources.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
for (const lib of fs.readdirSync(path.join(root, 'libs'))) {
  for (const folder of ['data', 'corpus']) {
    const source = path.join(root, 'libs', lib, folder);
    if (!fs.existsSync(source)) continue;
    fs.cpSync(source, path.join(root, 'dist', 'libs', lib, folder), { recursive: true, filter: (file) => !file.includes(`${path.sep}authoring`) });
  }
}
