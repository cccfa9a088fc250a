/**
 * pipeline.reports_per_s and pipeline.submit_to_case_p99_ms: reports submitted over HTTP at intake
 * (`POST /api/v1/reports`) at a steady offered rate with a concurrency-limited client, until their cases are
 * visible in the workbench; the four services as processes with fresh databases, PostgreSQL and a Kafka broker
 * of the bench's own (so no backlog of the shared broker is consumed while measuring).
 *
 * "Visible in the workbench" is read from the workbench's own database: the report's row in `case_reports`
 * commits in the same transaction as the case, so from that moment `GET /api/v1/cases/{id}` shows it. One
 * indexed query every POLL_MS asks for all reports still pending at once; asking the HTTP API per report
 * would put hundreds of extra requests a second on the same two cores and distort what is measured. The
 * latency is therefore an upper bound by at most POLL_MS plus one query.
 *
 * Throughput is sustained end to end: reports whose case became visible / (last visible − first sent).
 * Prints JSON lines: pipeline.reports_per_s, pipeline.submit_to_case_p99_ms (with p50/p95), and
 * pipeline.stage_ms (where the time goes, from the services' outbox and inbox timestamps) and
 * pipeline.cpu_ms_per_report (CPU each part used per report: what limits throughput on a shared machine).
 * Run: npm run bench -- pipeline
 *
 * Environment: BENCH_RATE (300 reports/s offered), BENCH_SECONDS (60), BENCH_CONCURRENCY (64),
 * BENCH_EMAIL_SHARE (0.1), BENCH_POLL_MS (25), BENCH_DRAIN_S (180), BENCH_KAFKA=shared to use 127.0.0.1:9092,
 * BENCH_CPU_PROF (a directory for the services' CPU profiles).
 */
import { availableParallelism } from 'node:os';
import { databaseClient, LoketServices, SERVICE_NAMES, ScratchKafka, streamReports } from '@loket/testing';
import { backendCpu, backendCpuBetween, cpuMsOf } from './cpu-usage';
import { stageBreakdown } from './pipeline-stages';
import { percentiles } from './percentiles';

const RATE = Number(process.env['BENCH_RATE'] ?? 300);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 60);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 64);
const EMAIL_SHARE = Number(process.env['BENCH_EMAIL_SHARE'] ?? 0.1);
const POLL_MS = Number(process.env['BENCH_POLL_MS'] ?? 25);
const DRAIN_MS = Number(process.env['BENCH_DRAIN_S'] ?? 180) * 1000;
const COUNT = Math.round(RATE * SECONDS);

const round = (ms: number) => Math.round(ms * 100) / 100;

/** BENCH_CPU_PROF=<dir>: every service writes a V8 CPU profile there when it stops. */
function cpuProfile() {
  const dir = process.env['BENCH_CPU_PROF'];
  const args = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
  return Object.fromEntries(SERVICE_NAMES.map((name) => [name, args]));
}

function line(metric: string, value: number, unit: string, context: object): void {
  process.stdout.write(`${JSON.stringify({ metric, value, unit, ...context })}\n`);
}

async function main(): Promise<void> {
  const kafka = process.env['BENCH_KAFKA'] === 'shared' ? undefined : await ScratchKafka.start();
  let loket: LoketServices | undefined;
  try {
    loket = await LoketServices.start({
      runId: `bench_${Date.now().toString(36)}`,
      ...(kafka ? { kafkaBrokers: kafka.brokers } : {}),
      env: { LOKET_LOG_LEVEL: 'warn' },
      readyTimeoutMs: 180_000,
      nodeArgs: cpuProfile(),
    });
    const workbench = await databaseClient(loket.databaseOf('workbench'));
    const pending = new Map<string, number>();
    const visibleAt = new Map<string, number>();
    let polling = true;
    const poller = (async () => {
      while (polling || pending.size > 0) {
        if (pending.size > 0) {
          const { rows } = await workbench.query<{ report_id: string }>(
            'SELECT report_id::text FROM case_reports WHERE report_id = ANY($1::uuid[])',
            [[...pending.keys()]],
          );
          const now = Date.now();
          for (const { report_id } of rows) {
            pending.delete(report_id);
            visibleAt.set(report_id, now);
          }
        }
        await new Promise((done) => setTimeout(done, POLL_MS));
      }
    })();

    const databases = SERVICE_NAMES.map((name) => loket!.databaseOf(name));
    const cpuOf = () => ({
      ...Object.fromEntries(SERVICE_NAMES.map((name) => [name, cpuMsOf(loket!.services[name].pid)])),
      kafka: cpuMsOf(kafka?.pid),
    });
    const cpuBefore = cpuOf();
    const backendsBefore = await backendCpu(workbench, databases);
    process.stderr.write(`pipeline: offering ${COUNT} reports at ${RATE}/s, ${CONCURRENCY} in flight at most\n`);
    const submitted = await streamReports({
      intakeUrl: loket.intake.url,
      ratePerSecond: RATE,
      count: COUNT,
      durationMs: SECONDS * 1000,
      concurrency: CONCURRENCY,
      emailShare: EMAIL_SHARE,
      onAnswer: (report) => {
        if (report.status === 201) pending.set(report.reportId, report.sentAt);
      },
    });
    const accepted = submitted.filter((r) => r.status === 201);
    const sendDone = Math.max(...submitted.map((r) => r.answeredAt));
    const drainDeadline = Date.now() + DRAIN_MS;
    while (pending.size > 0 && Date.now() < drainDeadline) await new Promise((done) => setTimeout(done, 100));
    const cpuAfter = cpuOf();
    const backendsAfter = await backendCpu(workbench, databases);
    polling = false;
    const lost = pending.size;
    pending.clear();
    await poller;
    await workbench.end();

    const firstSent = Math.min(...submitted.map((r) => r.sentAt));
    const lastVisible = Math.max(...visibleAt.values());
    const latencies = accepted.filter((r) => visibleAt.has(r.reportId)).map((r) => visibleAt.get(r.reportId)! - r.sentAt);
    const latency = percentiles(latencies);
    const http = percentiles(submitted.map((r) => r.answeredAt - r.sentAt));
    const context = {
      offered_per_s: RATE,
      seconds: SECONDS,
      concurrency: CONCURRENCY,
      planned: COUNT,
      submitted: submitted.length,
      accepted: accepted.length,
      visible: visibleAt.size,
      not_visible_after_drain: lost,
      intake_accept_per_s: Math.round((accepted.length * 1000) / (sendDone - firstSent)),
      intake_http_p50_ms: http.p50,
      intake_http_p99_ms: http.p99,
      email_share: EMAIL_SHARE,
      poll_ms: POLL_MS,
      kafka: kafka ? 'own broker' : 'shared broker',
    };
    line('pipeline.reports_per_s', Math.round((visibleAt.size * 1000) / (lastVisible - firstSent)), 'reports/s', { target_min: 300, ...context });
    line('pipeline.submit_to_case_p99_ms', latency.p99, 'ms', { target_max: 1000, p50_ms: latency.p50, p95_ms: latency.p95, max_ms: latency.max, ...context });
    const cpu: Record<string, number> = {};
    for (const part of Object.keys(cpuAfter) as (keyof typeof cpuAfter)[]) cpu[part] = (cpuAfter[part] - cpuBefore[part]) / visibleAt.size;
    cpu['postgres'] = backendCpuBetween(backendsBefore, backendsAfter) / visibleAt.size;
    const cpuTotal = Object.values(cpu).reduce((a, b) => a + b, 0);
    line('pipeline.cpu_ms_per_report', round(cpuTotal), 'ms', {
      ...Object.fromEntries(Object.entries(cpu).map(([part, ms]) => [part, round(ms)])),
      cores: availableParallelism(),
      capacity_if_cores_were_ours_reports_per_s: Math.round((availableParallelism() * 1000) / cpuTotal),
      note: 'CPU time used by each part / reports made visible, from /proc; the PostgreSQL share counts the backends of the four databases',
    });
    const stages = await stageBreakdown(loket, accepted.map((r) => r.reportId));
    line('pipeline.stage_ms', stages.total_p50, 'ms', stages);
  } finally {
    await loket?.stop();
    await loket?.dropDatabases().catch(() => undefined);
    await kafka?.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`pipeline bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
