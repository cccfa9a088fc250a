/**
 * web.queue_render_ms: how long a professional waits for the first page of their team queue when their
 * organisation holds 100,000 cases — in Chromium, from the start of the navigation to `/werkbank/queues/team`
 * until the page's 25 rows are in the table (the page's own clock: `performance.now()` counts from navigation
 * start). Everything real: the built web bundle behind the compiled gateway, the workbench process with its own
 * fresh database, a Keycloak sign-in, the queue and counts requests with their scope and index use. Only the
 * workbench runs (the queue screen needs nothing else), on a scratch Kafka broker of its own (an empty history).
 *
 * The cases are seeded with one SQL insert (BENCH_QUEUE_CASES, 100,000 by default; 2,000 is a quick run), all of
 * organisation `municipality`, four in five of them in team `stadsbeheer` (gemeente.stadsbeheer's team), most
 * closed, as a year of work looks. One warm-up navigation, then BENCH_QUEUE_RUNS (7) measured ones; the value is
 * the median, with p95 and every sample. The budget is 500 ms (issue 12); the bench fails above it.
 * Run: npm run build --silent && npm run bench -- queue-render
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { databaseClient, freePort, LoketServices, ScratchKafka } from '@loket/testing';
import { percentiles } from './percentiles';

const ROOT = resolve(__dirname, '../..');
const CASES = Number(process.env['BENCH_QUEUE_CASES'] ?? 100_000);
const RUNS = Number(process.env['BENCH_QUEUE_RUNS'] ?? 7);
const PAGE_ROWS = 25;
const BUDGET_MS = 500;

/** The compiled gateway in front of the workbench, serving dist/apps/web; ready once /health/live answers. */
async function startGateway(workbenchUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const main = join(ROOT, 'dist/apps/gateway/src/main.js');
  if (!existsSync(main) || !existsSync(join(ROOT, 'dist/apps/web/index.html'))) throw new Error('build first: npm run build');
  const port = await freePort();
  mkdirSync(join(ROOT, '.local/logs'), { recursive: true });
  const log = createWriteStream(join(ROOT, `.local/logs/bench-queue-gateway-${port}.log`), { flags: 'a' });
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { ...process.env, LOKET_GATEWAY_PORT: String(port), LOKET_HTTP_HOST: '127.0.0.1', LOKET_MAP_TILE_URL: '', LOKET_WORKBENCH_URL: workbenchUrl, LOKET_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the gateway exited; see .local/logs/bench-queue-gateway-${port}.log`);
    const live = await fetch(`http://127.0.0.1:${port}/health/live`).then((r) => r.ok, () => false);
    if (live) break;
    if (Date.now() > deadline) throw new Error('the gateway did not come up');
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    url: `http://localhost:${port}`, // Keycloak's loket-web client redirects to http://localhost:* only
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** One insert of CASES cases (generate_series), then ANALYZE: the planner sees the table as it is. */
async function seed(database: string): Promise<number> {
  const db = await databaseClient(database);
  const started = Date.now();
  try {
    await db.query(
      `INSERT INTO cases (id, organisation, team, status, version, assignee, priority, category_main, category_sub,
         sensitivity, sla, due_at, routing_policy_id, routing_policy_version, routing_rule_id, routing_explanation,
         opened_at, updated_at)
       SELECT md5('bench-case' || i)::uuid, 'municipality', CASE WHEN i % 5 = 0 THEN 'handhaving' ELSE 'stadsbeheer' END,
         CASE WHEN i / 5 % 20 < 14 THEN 'closed' WHEN i / 5 % 20 = 14 THEN 'resolved' WHEN i / 5 % 20 IN (15, 16) THEN 'new'
              WHEN i / 5 % 20 = 17 THEN 'assigned' WHEN i / 5 % 20 = 18 THEN 'in_progress' ELSE 'waiting' END,
         1, CASE WHEN i / 5 % 20 IN (17, 18) THEN 'user-' || (i % 37) END,
         (ARRAY['low','normal','normal','normal','high','high','urgent','normal'])[1 + i / 3 % 8],
         (ARRAY['afval','openbare-ruimte','overlast'])[1 + i % 3], NULL, 1 + i % 2,
         '{"amount":3,"unit":"days","calendar":"calendar"}'::jsonb, now() - (i * interval '5 minutes') + interval '3 days',
         'default', 1, 'rule-' || (i % 7), 'seeded', now() - (i * interval '5 minutes'), now() - (i * interval '5 minutes')
       FROM generate_series(1, $1::int) AS i`,
      [CASES],
    );
    await db.query('ANALYZE cases');
  } finally {
    await db.end();
  }
  return Date.now() - started;
}

function line(metric: string, value: number, unit: string, context: object): void {
  process.stdout.write(`${JSON.stringify({ metric, value, unit, ...context })}\n`);
}

async function main(): Promise<void> {
  const kafka = await ScratchKafka.start({ partitions: 1 });
  let loket: LoketServices | undefined;
  let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;
  const browser = await chromium.launch({ executablePath: process.env['LOKET_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    loket = await LoketServices.start({ runId: `bench_q_${Date.now().toString(36)}`, kafkaBrokers: kafka.brokers, only: ['workbench'], env: { LOKET_LOG_LEVEL: 'warn' }, readyTimeoutMs: 180_000 });
    const seedMs = await seed(loket.databaseOf('workbench'));
    gateway = await startGateway(loket.workbench.url);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    const queue = `${gateway.url}/werkbank/queues/team`;
    await page.goto(queue);
    await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('#username').fill('gemeente.stadsbeheer');
    await page.locator('#password').fill('loket-demo');
    await page.locator('#kc-login').click();
    // The moment the 25th row is in the table, on the page's own clock (a DOM observer installed before the page's
    // scripts run; the page's CSP does not apply to it), so Playwright's polling adds nothing to the figure.
    await context.addInitScript(`
      new MutationObserver((_, observer) => {
        if (document.querySelectorAll('main table tbody tr').length >= ${PAGE_ROWS}) {
          window.__queueRenderedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    `);
    const lastRow = page.locator('main table tbody tr').nth(PAGE_ROWS - 1);
    await lastRow.waitFor({ timeout: 60_000 }); // warm-up: the workbench's first queries, the browser's cache
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto('about:blank');
      await page.goto(queue);
      await lastRow.waitFor({ timeout: 30_000 });
      samples.push(Math.round(await page.evaluate<number>('window.__queueRenderedAt')));
    }
    const rows = await page.locator('main table tbody tr').count();
    const tabs = await page.getByRole('navigation', { name: 'Werkvoorraden' }).textContent();
    const { p50, p95 } = percentiles(samples);
    line('web.queue_render_ms', Math.round(p50), 'ms', { cases: CASES, rows, p95: Math.round(p95), samples, budget: BUDGET_MS, queue: 'team', tabs, seedMs });
    if (p50 > BUDGET_MS) {
      process.stderr.write(`web.queue_render_ms ${Math.round(p50)} ms is over the budget of ${BUDGET_MS} ms\n`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
    await kafka.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
