// Counts the SQL statements a Node process sends through node-postgres, by statement text (parameters folded to
// $n), and writes the counts as JSON to $LOKET_COUNT_SQL_DIR/<pid>-<script>.json every 5 s and at exit. For
// profiling, never for production. With the pipeline bench, every service it starts inherits it:
//   LOKET_COUNT_SQL_DIR=/tmp/sql NODE_OPTIONS="--require $PWD/tools/bench/count-sql-statements.js" \
//     BENCH_QUICK=1 BENCH_RATE=12 BENCH_SECONDS=60 npm run bench -- pipeline
// then divide a service's counts by the reports the bench completed (its `pipeline.reports_per_s` line).
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const dir = process.env.LOKET_COUNT_SQL_DIR || path.join(require('node:os').tmpdir(), 'loket-sql-counts');
const counts = new Map();
let patched = false;
const load = Module._load;
Module._load = function (request, ...rest) {
  const loaded = load.call(this, request, ...rest);
  if (!patched && request === 'pg' && loaded && loaded.Client) {
    patched = true;
    const query = loaded.Client.prototype.query;
    loaded.Client.prototype.query = function (config, ...args) {
      const text = typeof config === 'string' ? config : config && config.text;
      if (text) {
        const key = text.replace(/\s+/g, ' ').replace(/\$\d+(, ?\$\d+)*/g, '$n').slice(0, 160);
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      return query.call(this, config, ...args);
    };
  }
  return loaded;
};

function write() {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const script = (process.argv[1] || 'node').split(path.sep).slice(-3).join('_');
    fs.writeFileSync(path.join(dir, `${process.pid}-${script}.json`), JSON.stringify([...counts].sort((a, b) => b[1] - a[1])));
  } catch {
    // counting must never disturb the process it counts
  }
}
process.on('exit', write);
setInterval(write, 5_000).unref();
