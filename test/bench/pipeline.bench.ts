/**
 * The pipeline end to end, and what Kafka and PostgreSQL on this machine would allow for the same hops. Reports
 * are submitted over HTTP at intake (`POST /api/v1/reports`) by a concurrency-limited client at a steady offered
 * rate; the four services run as processes with fresh databases, PostgreSQL and a Kafka broker of the bench's own
 * (so no backlog of the shared broker is consumed while measuring) and a mail sink of its own.
 *
 * A report counts as complete when its case is visible in the workbench AND its receipt e-mail has left feedback.
 * Every report gives an e-mail address by default (BENCH_EMAIL_SHARE 1), so every counted report carries both;
 * a report without an address (a share below 1) has no receipt e-mail to wait for and counts on its case alone.
 * "Visible" is its row in the workbench's `case_reports` (committed with the case, from then on
 * `GET /api/v1/cases/{id}` shows it); "left feedback" is its `received` message in feedback's `reporter_messages`
 * with status `sent` (stamped once the mail server took it). About 20 % of the reports (BENCH_REPEAT_SHARE) report
 * again an incident reported ~3 s earlier — same place, category and words — so routing links them to the open
 * case and feedback has several reporters on one case; the linked share is counted from routing's database.
 *
 * Completion is watched (completion-watch.ts) with one indexed question per database every BENCH_OBSERVE_MS
 * (100 ms) about the oldest pending reports (at most 1,000), not per report: what the watching costs is measured
 * and shown (`watch_*`) and left out of Loket's figures. The services' tables keep no commit time, so a case's
 * visibility is known to within one interval (the latency is an upper bound by at most BENCH_OBSERVE_MS); a
 * receipt's time is its `sent_at`. (The issue suggested one question a second; at that resolution a 250 ms
 * target cannot be judged, and the cost of ten small index lookups a second is shown to be negligible.)
 *
 * Metrics (JSON lines):
 * - pipeline.baseline_reports_per_s: the bare pipeline (baseline/bare-pipeline.ts: four hops as processes, each
 *   an inbox, a state and an outbox row per event in PostgreSQL in a transaction per chunk of a partition batch,
 *   an outbox relay, Loket's Kafka client, consumer and producer settings), its capacity measured as Loket's is,
 *   in its own database and topics on the same broker, before Loket starts;
 * - pipeline.reports_per_s: Loket's capacity, sustained: reports completed / (last completion − first send)
 *   while the capacity found by the ramp is offered for BENCH_SUSTAIN_S (120 s). The ramp (load-phases.ts)
 *   offers BENCH_START_RATE, × BENCH_STEP_FACTOR, … for BENCH_STEP_S each, each step drained, until a step does
 *   not keep up (its latency runs away), so the bench never overloads for long;
 * - pipeline.efficiency: Loket's pipeline.reports_per_s ÷ the baseline's, same run;
 * - pipeline.submit_to_case_p99_ms: submit → case visible at BENCH_LATENCY_RATE (50/s) offered (the headline),
 *   and the same at 50 %, 80 % and 100 % of the measured capacity (the 100 % line is the sustained phase), each
 *   line with its offered rate, its share of the capacity and the submit → receipt e-mail p99;
 * - pipeline.cpu_ms_per_report: CPU used per completed report during the sustained phase, split per process:
 *   the four services, the broker, PostgreSQL (the backends of the four databases and the key vault, and the
 *   cluster's own processes: postmaster, checkpointer, background and WAL writers, autovacuum; see cpu-usage.ts); the load
 *   generator with the watch, and the mail sink (the outside world), are shown beside the total, not in it;
 * - pipeline.stage_ms: where a report's time goes between the services (pipeline-stages.ts);
 * - pipeline.two_instances.reports_per_s, pipeline.two_instances.lost, pipeline.two_instances.doubled: the same
 *   capacity measurement with a second instance of every service started beside the first (same databases and
 *   consumer groups, other ports; intake's two instances take turns), then every report of that part checked:
 *   one case report in the workbench, one receipt sent, one e-mail in the sink per address. Full run only.
 *
 * `--quick` (BENCH_QUICK=1) proves it runs: the baseline BENCH_BASELINE_SECONDS at BENCH_BASELINE_RATE and Loket
 * BENCH_SECONDS at BENCH_RATE, no ramp, no latency phases, no second instances; its figures say nothing about speed.
 * Run: npm run bench -- pipeline
 *
 * Environment: BENCH_START_RATE (10), BENCH_STEP_FACTOR (1.4), BENCH_STEP_S (15), BENCH_MAX_STEPS (12),
 * BENCH_SUSTAIN_S (120), BENCH_LATENCY_RATE (50), BENCH_LATENCY_S (30), BENCH_CONCURRENCY (64),
 * BENCH_EMAIL_SHARE (1), BENCH_REPEAT_SHARE (0.2), BENCH_OBSERVE_MS (100), BENCH_DRAIN_S (180),
 * BENCH_BASELINE_START_RATE (50), BENCH_BASELINE_SUSTAIN_S (60), BENCH_TWO_INSTANCES (1; 0 leaves them out),
 * BENCH_TWO_SUSTAIN_S (60), BENCH_KAFKA=shared to use 127.0.0.1:9092, BENCH_CPU_PROF (a directory for the
 * services' CPU profiles); quick: BENCH_QUICK, BENCH_RATE, BENCH_SECONDS, BENCH_BASELINE_RATE, BENCH_BASELINE_SECONDS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { databaseClient, LoketServices, SERVICE_NAMES, ServiceName, ServiceProcess, ScratchKafka, streamReports, SubmittedReport } from '@loket/testing';
import { BarePipeline } from './baseline/bare-pipeline';
import { CompletionWatch } from './completion-watch';
import { CpuSampler, cpuMsOf, postgresPids } from './cpu-usage';
import { findCapacity, LoadTarget, Offered, PhaseFigures, runPhase } from './load-phases';
import { percentiles } from './percentiles';
import { stageBreakdown } from './pipeline-stages';
import { ScratchMailSink } from './scratch-mail-sink';
import { startSecondInstances } from './second-instances';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const QUICK = process.env['BENCH_QUICK'] === '1';
const START_RATE = num('BENCH_START_RATE', 10);
const STEP_FACTOR = num('BENCH_STEP_FACTOR', 1.4);
const STEP_S = num('BENCH_STEP_S', 15);
const MAX_STEPS = num('BENCH_MAX_STEPS', 12);
const SUSTAIN_S = num('BENCH_SUSTAIN_S', 120);
const LATENCY_RATE = num('BENCH_LATENCY_RATE', 50);
const LATENCY_S = num('BENCH_LATENCY_S', 30);
const CONCURRENCY = num('BENCH_CONCURRENCY', 64);
const EMAIL_SHARE = num('BENCH_EMAIL_SHARE', 1);
const REPEAT_SHARE = num('BENCH_REPEAT_SHARE', 0.2);
const OBSERVE_MS = num('BENCH_OBSERVE_MS', 100);
const DRAIN_MS = num('BENCH_DRAIN_S', 180) * 1000;
const BASELINE_START_RATE = num('BENCH_BASELINE_START_RATE', 50);
const BASELINE_SUSTAIN_S = num('BENCH_BASELINE_SUSTAIN_S', 60);
const TWO_INSTANCES = !QUICK && process.env['BENCH_TWO_INSTANCES'] !== '0';
const TWO_SUSTAIN_S = num('BENCH_TWO_SUSTAIN_S', 60);
const QUICK_RATE = num('BENCH_RATE', 20);
const QUICK_SECONDS = num('BENCH_SECONDS', 10);
const QUICK_BASELINE_RATE = num('BENCH_BASELINE_RATE', 100);
const QUICK_BASELINE_SECONDS = num('BENCH_BASELINE_SECONDS', 5);
const PARTITIONS = 6; // ScratchKafka's, and the services' default (LOKET_KAFKA_PARTITIONS)

const round = (x: number) => Math.round(x * 100) / 100;
const log = (message: string) => process.stderr.write(`pipeline: ${message}\n`);

function line(metric: string, value: number, unit: string, context: object): void {
  process.stdout.write(`${JSON.stringify({ metric, value, unit, ...context })}\n`);
}

/** BENCH_CPU_PROF=<dir>: every service writes a V8 CPU profile there when it stops. */
function cpuProfile() {
  const dir = process.env['BENCH_CPU_PROF'];
  const args = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
  return Object.fromEntries(SERVICE_NAMES.map((name) => [name, args]));
}

/** Loket as a load target: reports submitted at intake (one instance or several), completion from the watch. */
class LoketLoad implements LoadTarget {
  readonly accepted: SubmittedReport[] = [];
  refused = 0;

  constructor(
    private readonly intakeUrls: () => string[],
    private readonly watch: CompletionWatch,
  ) {}

  async offer(rate: number, seconds: number): Promise<Offered[]> {
    const submitted = await streamReports({
      intakeUrl: this.intakeUrls(),
      ratePerSecond: rate,
      count: Math.round(rate * seconds),
      durationMs: seconds * 1000,
      concurrency: CONCURRENCY,
      emailShare: EMAIL_SHARE,
      repeatShare: REPEAT_SHARE,
      onAnswer: (report) => {
        if (report.status === 201) this.watch.expect(report.reportId, report.sentAt, report.email !== null);
      },
    });
    const accepted = submitted.filter((r) => r.status === 201);
    this.accepted.push(...accepted);
    this.refused += submitted.length - accepted.length;
    return accepted.map((r) => ({ id: r.reportId, sentAt: r.sentAt }));
  }

  doneAt(id: string): number | undefined {
    return this.watch.completion(id)?.doneAt;
  }

  waitFor(ids: readonly string[], deadline: number): Promise<void> {
    return this.watch.waitFor(ids, deadline);
  }

  /** Submit → case visible and submit → receipt e-mail sent, of the reports of one phase. */
  latencies(offered: readonly Offered[]) {
    const done = offered.map((o) => this.watch.completion(o.id)).filter((c) => c !== undefined);
    return {
      toCase: percentiles(done.map((c) => c.visibleAt - c.sentAt)),
      toReceipt: percentiles(done.filter((c) => c.receiptAt !== null).map((c) => c.receiptAt! - c.sentAt)),
    };
  }
}

/** Runs a phase and keeps what it offered, for the latency split afterwards. */
async function phase(load: LoketLoad, rate: number, seconds: number): Promise<{ figures: PhaseFigures; offered: Offered[] }> {
  const before = load.accepted.length;
  const figures = await runPhase(load, rate, seconds, DRAIN_MS);
  const offered = load.accepted.slice(before).map((r) => ({ id: r.reportId, sentAt: r.sentAt }));
  return { figures, offered };
}

function latencyLine(load: LoketLoad, offered: Offered[], figures: PhaseFigures, context: object): void {
  const { toCase, toReceipt } = load.latencies(offered);
  line('pipeline.submit_to_case_p99_ms', toCase.p99, 'ms', {
    target_max: 250,
    ...context,
    offered_per_s: figures.offered_per_s,
    seconds: figures.seconds,
    completed_per_s: figures.completed_per_s,
    kept_up: figures.kept_up,
    p50_ms: toCase.p50,
    p95_ms: toCase.p95,
    max_ms: toCase.max,
    submit_to_receipt_p50_ms: toReceipt.p50,
    submit_to_receipt_p99_ms: toReceipt.p99,
    reports: toCase.n,
    not_completed: figures.not_completed,
    resolution_ms: OBSERVE_MS,
  });
}

/** Reports of routing's cases that joined an open case (the linked share). */
async function linkedShare(loket: LoketServices, reports: SubmittedReport[]): Promise<{ repeats: number; linked: number }> {
  const routing = await databaseClient(loket.databaseOf('routing'));
  try {
    const ids = reports.map((r) => r.reportId);
    const { rows } = await routing.query<{ linked: string }>(
      `SELECT count(*) AS linked FROM case_reports r
        WHERE r.report_id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM case_reports o WHERE o.case_id = r.case_id AND o.submitted_at < r.submitted_at)`,
      [ids],
    );
    return { repeats: reports.filter((r) => r.repeatOf !== null).length, linked: Number(rows[0]!.linked) };
  } finally {
    await routing.end();
  }
}

/** Every report exactly once: one case report in the workbench, one receipt sent by feedback, one e-mail per address. */
async function onceEach(loket: LoketServices, sink: ScratchMailSink, reports: SubmittedReport[]) {
  const ids = reports.map((r) => r.reportId);
  const workbench = await databaseClient(loket.databaseOf('workbench'));
  const feedback = await databaseClient(loket.databaseOf('feedback'));
  try {
    const cases = await workbench.query<{ report_id: string; n: string }>(
      'SELECT report_id::text, count(*) AS n FROM case_reports WHERE report_id = ANY($1::uuid[]) GROUP BY report_id',
      [ids],
    );
    const receipts = await feedback.query<{ report_id: string; n: string }>(
      `SELECT report_id::text, count(*) AS n FROM reporter_messages WHERE report_id = ANY($1::uuid[]) AND stage = 'received' AND status = 'sent' GROUP BY report_id`,
      [ids],
    );
    const mails = await sink.countsByRecipient();
    const withEmail = reports.filter((r) => r.email !== null);
    const caseCount = new Map(cases.rows.map((r) => [r.report_id, Number(r.n)]));
    const receiptCount = new Map(receipts.rows.map((r) => [r.report_id, Number(r.n)]));
    return {
      reports: reports.length,
      lost_cases: ids.filter((id) => !caseCount.has(id)).length,
      doubled_cases: [...caseCount.values()].filter((n) => n > 1).length,
      lost_receipts: withEmail.filter((r) => !receiptCount.has(r.reportId)).length,
      doubled_receipts: [...receiptCount.values()].filter((n) => n > 1).length,
      lost_mails: withEmail.filter((r) => !mails.has(r.email!.toLowerCase())).length,
      doubled_mails: withEmail.filter((r) => (mails.get(r.email!.toLowerCase()) ?? 0) > 1).length,
    };
  } finally {
    await workbench.end();
    await feedback.end();
  }
}

async function measureBaseline(brokers: string, admin: Client): Promise<number> {
  log('baseline: starting the bare pipeline');
  const bare = await BarePipeline.start(brokers, PARTITIONS);
  try {
    const sampler = new CpuSampler({
      hops: () => bare.pids,
      postgres: () => postgresPids(admin, [bare.database]),
    });
    let figures: PhaseFigures;
    let capacity = QUICK_BASELINE_RATE;
    let ceilingReached = false;
    if (QUICK) {
      await sampler.start();
      figures = await runPhase(bare, QUICK_BASELINE_RATE, QUICK_BASELINE_SECONDS, DRAIN_MS);
    } else {
      await runPhase(bare, BASELINE_START_RATE, 5, DRAIN_MS); // warm-up, not counted
      log('baseline: finding its capacity');
      const found = await findCapacity(bare, { startRate: BASELINE_START_RATE, factor: 1.5, stepSeconds: 10, maxSteps: MAX_STEPS, drainMs: 60_000, log });
      capacity = found.capacity;
      ceilingReached = found.ceilingReached;
      log(`baseline: sustaining ${capacity}/s for ${BASELINE_SUSTAIN_S} s`);
      await sampler.start();
      figures = await runPhase(bare, capacity, BASELINE_SUSTAIN_S, DRAIN_MS);
    }
    const cpu = await sampler.stop();
    const total = Object.values(cpu).reduce((a, b) => a + b, 0);
    line('pipeline.baseline_reports_per_s', figures.completed_per_s, 'reports/s', {
      ...figures,
      capacity_found_per_s: capacity,
      ceiling_reached: ceilingReached,
      cpu_ms_per_report: round(total / Math.max(1, figures.completed)),
      cpu_hops_ms: round(cpu['hops']! / Math.max(1, figures.completed)),
      cpu_postgres_ms: round(cpu['postgres']! / Math.max(1, figures.completed)),
      note: 'four bare hops (inbox + state + outbox row per event, a transaction per chunk of a partition batch, an outbox relay), Loket’s Kafka settings; broker CPU not split out (shared with the sink and source)',
      quick: QUICK,
    });
    return figures.completed_per_s;
  } finally {
    await bare.stop();
  }
}

async function main(): Promise<void> {
  const kafka = process.env['BENCH_KAFKA'] === 'shared' ? undefined : await ScratchKafka.start();
  const brokers = kafka?.brokers ?? '127.0.0.1:9092';
  const sink = await ScratchMailSink.start();
  // The services' acceptance check asks the sink they send to (LoketServices reads LOKET_MAIL_SINK_URL).
  process.env['LOKET_MAIL_SINK_URL'] = sink.httpUrl;
  const admin = await databaseClient('postgres');
  const runId = `bench_${Date.now().toString(36)}`;
  let loket: LoketServices | undefined;
  let seconds: Record<ServiceName, ServiceProcess> | undefined;
  let watch: CompletionWatch | undefined;
  try {
    const baseline = await measureBaseline(brokers, admin);

    log('starting Loket');
    loket = await LoketServices.start({
      runId,
      ...(kafka ? { kafkaBrokers: kafka.brokers } : {}),
      env: { LOKET_LOG_LEVEL: 'warn', LOKET_SMTP_HOST: '127.0.0.1', LOKET_SMTP_PORT: String(sink.smtpPort) },
      readyTimeoutMs: 180_000,
      nodeArgs: cpuProfile(),
    });
    const running = loket;
    // the four services' databases and the key vault they share (every sealed event asks it for a key)
    const databases = [...SERVICE_NAMES.map((name) => running.databaseOf(name)), running.keysDatabase];
    const watching = new CompletionWatch(await databaseClient(running.databaseOf('workbench')), await databaseClient(running.databaseOf('feedback')), OBSERVE_MS);
    watch = watching;
    await watching.start();
    const intakes = () => [running.intake.url, ...(seconds ? [seconds.intake.url] : [])];
    const load = new LoketLoad(intakes, watching);
    const pidsOf = (name: ServiceName) => () => [running.services[name].pid, seconds?.[name].pid].filter((p): p is number => p !== undefined);
    const sampler = () =>
      new CpuSampler({
        ...Object.fromEntries(SERVICE_NAMES.map((name) => [name, pidsOf(name)])),
        kafka: () => (kafka?.pid ? [kafka.pid] : sharedBrokerPid()),
        postgres: async () => (await postgresPids(admin, databases)).filter((pid) => !watching.ownBackends.includes(pid)),
        generator_and_watch: () => [process.pid, ...watching.ownBackends],
        mail_sink: () => (sink.pid ? [sink.pid] : []),
      });

    let capacity = QUICK_RATE;
    let ceilingReached = false;
    let ramp: PhaseFigures[] = [];
    if (!QUICK) {
      await runPhase(load, START_RATE, 5, DRAIN_MS); // warm-up (JIT, connections, the linker's index), not counted
      log('finding the capacity');
      const found = await findCapacity(load, { startRate: START_RATE, factor: STEP_FACTOR, stepSeconds: STEP_S, maxSteps: MAX_STEPS, drainMs: 60_000, log });
      ({ capacity, ceilingReached } = found);
      ramp = found.steps;
    }
    const sustainS = QUICK ? QUICK_SECONDS : SUSTAIN_S;
    log(`offering ${capacity}/s for ${sustainS} s`);
    const cpuSampler = sampler();
    await cpuSampler.start();
    const sustainedStart = load.accepted.length;
    const sustained = await phase(load, capacity, sustainS);
    const cpu = await cpuSampler.stop();
    const sustainedReports = load.accepted.slice(sustainedStart);
    const linking = await linkedShare(running, sustainedReports);
    const once = await onceEach(running, sink, sustainedReports);
    const figures = sustained.figures;
    line('pipeline.reports_per_s', figures.completed_per_s, 'reports/s', {
      target_min: 300,
      ...figures,
      capacity_found_per_s: capacity,
      ceiling_reached: ceilingReached,
      ramp: ramp.map((s) => ({ offered_per_s: s.offered_per_s, sent_per_s: s.sent_per_s, delivered_per_s: s.delivered_per_s, p99_ms: s.p99_ms, kept_up: s.kept_up })),
      counted_when: 'case visible in the workbench and receipt e-mail sent by feedback',
      email_share: EMAIL_SHARE,
      repeat_share: REPEAT_SHARE,
      repeats: linking.repeats,
      linked_to_open_case: linking.linked,
      refused_by_intake: load.refused,
      ...once,
      kafka: kafka ? 'own broker' : 'shared broker',
      quick: QUICK,
    });
    // three significant digits: at two decimals a pipeline 0.4 % as fast as the baseline printed 0
    line('pipeline.efficiency', Number((figures.completed_per_s / baseline).toPrecision(3)), 'ratio', {
      target_min: 0.5,
      loket_reports_per_s: figures.completed_per_s,
      baseline_reports_per_s: baseline,
    });
    if (QUICK) latencyLine(load, sustained.offered, figures, { share_of_capacity: 1, quick: true });

    const completed = Math.max(1, figures.completed);
    const loketParts = [...SERVICE_NAMES, 'kafka', 'postgres'];
    const perReport = Object.fromEntries(Object.entries(cpu).map(([part, ms]) => [part, round(ms / completed)]));
    const total = round(loketParts.reduce((sum, part) => sum + (cpu[part] ?? 0), 0) / completed);
    const watchCost = watching.cost();
    line('pipeline.cpu_ms_per_report', total, 'ms', {
      target_max: 6,
      ...Object.fromEntries(loketParts.map((part) => [part, perReport[part]])),
      not_in_total: { generator_and_watch: perReport['generator_and_watch'], mail_sink: perReport['mail_sink'] },
      reports: figures.completed,
      offered_per_s: figures.offered_per_s,
      cores: availableParallelism(),
      capacity_if_cores_were_ours_reports_per_s: Math.round((availableParallelism() * 1000) / total),
      watch_queries: watchCost.queries,
      watch_query_ms: watchCost.query_ms,
      kafka_measured: kafka ? 'own broker' : sharedBrokerPid().length ? 'shared broker (all it did meanwhile)' : 'not measured: the shared broker is not one deploy/local started',
      note: 'CPU time of each part during the sustained phase / reports completed, sampled from /proc every second; postgres = the backends of the four databases and the key vault (not the watch’s) + the cluster’s own processes',
    });

    if (!QUICK) {
      const at = async (rate: number, share: number | null) => {
        log(`latency at ${rate}/s offered`);
        const { figures: f, offered } = await phase(load, rate, LATENCY_S);
        latencyLine(load, offered, f, { share_of_capacity: share ?? round(rate / capacity), headline: share === null });
      };
      await at(LATENCY_RATE, null);
      await at(Math.max(1, Math.round(capacity * 0.5)), 0.5);
      await at(Math.max(1, Math.round(capacity * 0.8)), 0.8);
      latencyLine(load, sustained.offered, figures, { share_of_capacity: 1 });
    }

    try {
      const stages = await stageBreakdown(running, sustainedReports.map((r) => r.reportId));
      if (Number.isFinite(stages.total_p50)) line('pipeline.stage_ms', stages.total_p50, 'ms', stages);
      else log('stage breakdown: no report found in the outbox and inbox tables (pruned or deleted once published)');
    } catch (error) {
      log(`stage breakdown unavailable: ${(error as Error).message}`);
    }

    if (TWO_INSTANCES) {
      log('starting a second instance of every service');
      seconds = await startSecondInstances(running, runId, 180_000);
      await runPhase(load, START_RATE, 10, DRAIN_MS); // the groups rebalance; not counted
      const before = load.accepted.length;
      log('two instances: finding the capacity');
      const found = await findCapacity(load, { startRate: START_RATE, factor: STEP_FACTOR, stepSeconds: STEP_S, maxSteps: MAX_STEPS, drainMs: 60_000, log });
      log(`two instances: offering ${found.capacity}/s for ${TWO_SUSTAIN_S} s`);
      const two = await runPhase(load, found.capacity, TWO_SUSTAIN_S, DRAIN_MS);
      const checked = await onceEach(running, sink, load.accepted.slice(before));
      line('pipeline.two_instances.reports_per_s', two.completed_per_s, 'reports/s', {
        ...two,
        one_instance_reports_per_s: figures.completed_per_s,
        capacity_found_per_s: found.capacity,
        ceiling_reached: found.ceilingReached,
        instances_per_service: 2,
        ...checked,
      });
      line('pipeline.two_instances.lost', checked.lost_cases + checked.lost_receipts + checked.lost_mails, 'reports', { ...checked, target: 0 });
      line('pipeline.two_instances.doubled', checked.doubled_cases + checked.doubled_receipts + checked.doubled_mails, 'reports', { ...checked, target: 0 });
    }
    await watching.stop();
    process.stderr.write(`pipeline: watch cost ${JSON.stringify(watching.cost())}, bench process ${cpuMsOf(process.pid)} ms CPU\n`);
  } finally {
    await watch?.close();
    if (seconds) await Promise.all(SERVICE_NAMES.map((name) => seconds![name].stop()));
    await loket?.stop();
    await loket?.dropDatabases().catch(() => undefined);
    await admin.end();
    await sink.stop();
    await kafka?.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`pipeline bench failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);

/** The shared broker's process when deploy/local started it (`.local/run/kafka.pid`), so its CPU is counted too. */
function sharedBrokerPid(): number[] {
  const file = join(__dirname, '../../.local/run/kafka.pid');
  if (!existsSync(file)) return [];
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && existsSync(`/proc/${pid}`) ? [pid] : [];
}
