// `npm run bench`: runs every benchmark (libs/*/bench/*.bench.ts, apps/*/bench/*.bench.ts, test/bench/*.bench.ts)
// one after the other, each in its own process, and passes on the JSON lines they print:
//   {"metric": "...", "value": <number>, "unit": "...", ...context}
// Pass names to run only some: npm run bench -- routing linking
//
// `npm run bench -- --quick` (what `npm test` runs) is the small version: every benchmark at a small size (a few
// hundred milliseconds of measuring, 2,000 or 10,000 instead of 100,000 cases, a 6 s pipeline at 20 reports/s and a
// 3 s bare baseline at 100 events/s on the shared broker, no capacity search, no second instances). Its figures say nothing about speed; it proves each benchmark still runs and still prints what it
// promises: a benchmark that fails, prints no metric line, or prints a value that is not a finite number fails it.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filters = args.filter((a) => a !== '--quick');

/** The small sizes of --quick; each benchmark reads the ones that concern it (see its header). */
const QUICK_ENV = {
  BENCH_MS: '300',
  BENCH_OPEN_CASES: '10000',
  BENCH_SEARCHES: '2000',
  BENCH_CASES: '2000',
  BENCH_QUEUE_CASES: '2000',
  BENCH_QUEUE_RUNS: '2',
  BENCH_REQUESTS: '100',
  BENCH_WARMUP: '20',
  BENCH_RATE: '20',
  BENCH_SECONDS: '6',
  BENCH_DRAIN_S: '120',
  BENCH_KAFKA: 'shared',
  BENCH_QUICK: '1',
  BENCH_BASELINE_RATE: '100',
  BENCH_BASELINE_SECONDS: '3',
};

const files = [];
for (const base of ['libs', 'apps']) {
  for (const project of fs.readdirSync(path.join(root, base))) {
    const dir = path.join(root, base, project, 'bench');
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (f.endsWith('.bench.ts')) files.push(path.join(dir, f));
  }
}
const testBench = path.join(root, 'test/bench');
if (fs.existsSync(testBench)) for (const f of fs.readdirSync(testBench)) if (f.endsWith('.bench.ts')) files.push(path.join(testBench, f));

/** The problems with a benchmark's output: no metric line, or a line whose value is not a finite number. */
function outputProblems(stdout) {
  const metrics = [];
  const problems = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    let parsed;
    try {
      parsed = JSON.parse(line);
    } catch {
      problems.push(`not JSON: ${line.slice(0, 120)}`);
      continue;
    }
    if (typeof parsed.metric !== 'string') continue;
    metrics.push(parsed.metric);
    if (typeof parsed.value !== 'number' || !Number.isFinite(parsed.value)) problems.push(`${parsed.metric}: value ${JSON.stringify(parsed.value)}`);
  }
  if (metrics.length === 0) problems.push('printed no metric line');
  return { metrics, problems };
}

let failed = 0;
const summary = [];
for (const file of files.sort()) {
  if (filters.length && !filters.some((f) => file.includes(f))) continue;
  const name = path.relative(root, file);
  process.stderr.write(`bench: ${name}${quick ? ' (quick)' : ''}\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', file], {
    cwd: root,
    stdio: ['ignore', quick ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...(quick ? QUICK_ENV : {}), TS_NODE_PROJECT: path.join(root, 'tsconfig.json') },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!quick) {
    if (result.status !== 0) failed++;
    continue;
  }
  process.stdout.write(result.stdout ?? '');
  const { metrics, problems } = outputProblems(result.stdout ?? '');
  if (result.status !== 0) problems.push(`exited with ${result.status ?? result.signal}`);
  if (problems.length) failed++;
  summary.push(`${problems.length ? 'FAIL' : 'ok  '} ${name} (${seconds} s): ${problems.length ? problems.join('; ') : metrics.join(', ')}`);
}
if (quick) process.stderr.write(`\nbench --quick:\n${summary.map((s) => `  ${s}`).join('\n')}\n`);
process.exit(failed ? 1 : 0);
