/**
 * workbench.queue_query_p95_ms: a professional's team queue with filters and sorting, answered by a started
 * workbench over HTTP (`GET /api/v1/cases`, real Keycloak token, the real query path) while its PostgreSQL
 * database holds 100,000 cases spread over organisations, teams, statuses, priorities, due dates and areas.
 * The workbench gets a scratch database (migrated, seeded with INSERT … SELECT generate_series) and a Kafka
 * broker of its own (so no backlog of the shared broker is consumed while measuring); both are removed after.
 * Requests are sent one at a time; warm-up requests are reported apart.
 * Prints one JSON line: {"metric":"workbench.queue_query_p95_ms",...}. Run: npm run bench -- queue-query
 *
 * Environment: BENCH_CASES (100000), BENCH_REQUESTS (1000), BENCH_WARMUP (200), BENCH_QUEUE_QUERY (below),
 * BENCH_CPU_PROF (a directory for the workbench's CPU profile), BENCH_KAFKA=shared to use the running broker.
 */
import { LoketServices, ScratchKafka, scratchDatabase, tokenFor } from '@loket/testing';
import { WORKBENCH_SCHEMA } from '../src/database/workbench.schema';
import { mirroredQueueSql, seedCases } from './seed-cases';

/**
 * The query string measured. Target once `priority` and `sort` exist on the list endpoint:
 * `team=stadsbeheer&status=new&priority=high&sort=dueAt`.
 */
const QUEUE_QUERY = process.env['BENCH_QUEUE_QUERY'] ?? 'team=stadsbeheer&status=new&priority=high&sort=dueAt';
const CASES = Number(process.env['BENCH_CASES'] ?? 100_000);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 1_000);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 200);
const TARGET_P95_MS = 20;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 100) / 100;

function summary(durations: number[]) {
  const sorted = [...durations].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1]!) };
}

async function timedRequests(url: string, token: string, count: number): Promise<{ durations: number[]; items: number }> {
  const durations: number[] = [];
  let items = 0;
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { items?: unknown[] };
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${JSON.stringify(body)}`);
    items = body.items?.length ?? 0;
  }
  return { durations, items };
}

/** BENCH_CPU_PROF=<dir>: the workbench writes a V8 CPU profile there when it stops (open it in Chrome DevTools). */
function cpuProfile(): string[] {
  const dir = process.env['BENCH_CPU_PROF'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

interface PlanNode {
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Execution time and indexes of the mirrored statement inside PostgreSQL (EXPLAIN ANALYZE, warm). */
async function databaseSide(query: (sql: string, values: string[]) => Promise<unknown>) {
  const { sql, values } = mirroredQueueSql(QUEUE_QUERY, 'municipality');
  const times: number[] = [];
  let indexes: string[] = [];
  for (let i = 0; i < 50; i++) {
    const [row] = (await query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, values)) as { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }[];
    const plan = row!['QUERY PLAN'][0];
    times.push(plan['Execution Time']);
    const names: string[] = [];
    const walk = (node: PlanNode) => {
      if (node['Index Name']) names.push(node['Index Name']);
      node.Plans?.forEach(walk);
    };
    walk(plan.Plan);
    indexes = names;
  }
  return { ...summary(times.slice(10)), indexes };
}

async function main(): Promise<void> {
  const scratch = await scratchDatabase('bench_workbench', WORKBENCH_SCHEMA);
  const dataSource = scratch.dataSource;
  let kafka: ScratchKafka | undefined;
  let loket: LoketServices | undefined;
  try {
    const seedStart = Date.now();
    const seeded = await seedCases(dataSource, CASES);
    process.stderr.write(`queue-query: seeded ${CASES} cases in ${Date.now() - seedStart} ms\n`);
    // A broker of its own by default; BENCH_KAFKA=shared uses the running one (as `npm test`'s quick run does).
    kafka = process.env['BENCH_KAFKA'] === 'shared' ? undefined : await ScratchKafka.start();
    loket = await LoketServices.start({
      only: ['workbench'],
      ...(kafka ? { kafkaBrokers: kafka.brokers } : {}),
      databases: { workbench: scratch.config.database },
      env: { LOKET_LOG_LEVEL: 'warn' },
      readyTimeoutMs: 180_000,
      nodeArgs: { workbench: cpuProfile() },
    });
    const token = await tokenFor('gemeente.stadsbeheer');
    const url = `${loket.workbench.url}/api/v1/cases?${QUEUE_QUERY}`;
    const warmup = await timedRequests(url, token, WARMUP);
    const measured = await timedRequests(url, token, REQUESTS);
    const health = await timedRequests(`${loket.workbench.url}/health/live`, token, 200);
    const db = await databaseSide((sql, values) => dataSource.query(sql, values));
    const stats = summary(measured.durations);
    const warm = summary(warmup.durations);
    process.stdout.write(
      `${JSON.stringify({
        metric: 'workbench.queue_query_p95_ms',
        value: stats.p95,
        unit: 'ms',
        target_max: TARGET_P95_MS,
        p50_ms: stats.p50,
        p99_ms: stats.p99,
        max_ms: stats.max,
        requests: REQUESTS,
        warmup_requests: WARMUP,
        warmup_p50_ms: warm.p50,
        warmup_p95_ms: warm.p95,
        warmup_max_ms: warm.max,
        query: QUEUE_QUERY,
        items_per_page: measured.items,
        matching_cases: await seeded.matching(QUEUE_QUERY),
        cases: CASES,
        path: 'HTTP GET /api/v1/cases, one request at a time',
        http_floor_p50_ms: summary(health.durations).p50,
        mirrored_sql_p50_ms: db.p50,
        mirrored_sql_p95_ms: db.p95,
        mirrored_sql_indexes: db.indexes,
      })}\n`,
    );
  } finally {
    await loket?.stop();
    await kafka?.destroy();
    await scratch.drop();
  }
}

main().catch((error) => {
  process.stderr.write(`queue-query bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
