// `npm run bench`: runs every benchmark (libs/*/bench/*.bench.ts, apps/*/bench/*.bench.ts, test/bench/*.bench.ts)
// one after the other, each in its own process, and passes on the JSON lines they print:
//   {"metric": "...", "value": <number>, "unit": "...", ...context}
// Pass names to run only some: npm run bench -- routing linking
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const filters = process.argv.slice(2);
const files = [];
for (const base of ['libs', 'apps']) {
  for (const project of fs.readdirSync(path.join(root, base))) {
    const dir = path.join(root, base, project, 'bench');
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (f.endsWith('.bench.ts')) files.push(path.join(dir, f));
  }
}
const testBench = path.join(root, 'test/bench');
if (fs.existsSync(testBench)) for (const f of fs.readdirSync(testBench)) if (f.endsWith('.bench.ts')) files.push(path.join(testBench, f));

let failed = 0;
for (const file of files.sort()) {
  if (filters.length && !filters.some((f) => file.includes(f))) continue;
  process.stderr.write(`bench: ${path.relative(root, file)}\n`);
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', file], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, TS_NODE_PROJECT: path.join(root, 'tsconfig.json') },
  });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
