import { databaseClient, expectEventually, LoketServices, ServiceName, streamReports, SubmittedReport, testEnvironment } from '@loket/testing';
import { deadLettersOfRun, elapsed, mailCounts, query } from './pipeline-checks';

const REPORTS = 240;
const RATE_PER_SECOND = 8;
const OUTAGE_MS = 15_000;
const CUT_OFF: readonly ServiceName[] = ['routing', 'workbench', 'feedback'];

/**
 * The database goes away under the consumers while reports stream in: routing's, the workbench's and the
 * feedback service's databases refuse new connections and lose every open one for 15 s (as in a PostgreSQL
 * restart or a failover). Readiness tells the truth during the outage; afterwards every service is ready again
 * by itself, nothing is lost, nothing is dead-lettered, and every reporter with an address gets one receipt.
 * (This is the outage that used to stop the feedback service's consumer for good behind a green readiness.)
 */
describe('a database outage while reports stream in', () => {
  let loket: LoketServices;
  const runId = `dbout_${Date.now().toString(36)}`;

  beforeAll(async () => {
    loket = await LoketServices.start({ runId, env: { LOKET_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
  }, 240_000);

  afterAll(async () => {
    if (loket) await Promise.all(CUT_OFF.map((name) => allowConnections(loket.databaseOf(name), true))).catch(() => undefined);
    await loket?.stop();
    await loket?.dropDatabases().catch(() => undefined);
  }, 120_000);

  it('recovers by itself, tells the truth meanwhile and loses nothing', async () => {
    const started = Date.now();
    let answered = 0;
    const log: string[] = [];
    const outage = (async () => {
      await expectEventually(async () => expect(answered).toBeGreaterThanOrEqual(40), { timeoutMs: 60_000, intervalMs: 200 });
      await Promise.all(CUT_OFF.map((name) => allowConnections(loket.databaseOf(name), false)));
      log.push(`${elapsed(started)} databases of ${CUT_OFF.join(', ')} cut off (${answered} reports in)`);
      const downAt = Date.now();
      for (const name of CUT_OFF) {
        await expectEventually(async () => expect((await fetch(`${loket.services[name].url}/health/ready`)).status).toBe(503), { timeoutMs: OUTAGE_MS });
      }
      log.push(`${elapsed(started)} every cut-off service reports not ready`);
      await new Promise((done) => setTimeout(done, Math.max(0, OUTAGE_MS - (Date.now() - downAt))));
      await Promise.all(CUT_OFF.map((name) => allowConnections(loket.databaseOf(name), true)));
      log.push(`${elapsed(started)} databases back (${answered} reports in)`);
    })();
    const submitted = await streamReports({
      intakeUrl: loket.intake.url,
      ratePerSecond: RATE_PER_SECOND,
      count: REPORTS,
      concurrency: 4,
      emailShare: 0.5,
      onAnswer: () => answered++,
    });
    await outage;
    expect(submitted.filter((r) => r.status !== 201)).toEqual([]);

    for (const name of CUT_OFF) await loket.services[name].waitReady(120_000);
    log.push(`${elapsed(started)} every service ready again`);
    // An outage is waited out message by message: no consumer had to be restarted for it.
    for (const name of CUT_OFF) {
      const metrics = await (await fetch(`${loket.services[name].url}/metrics`)).text();
      expect(metrics).toMatch(/^loket_kafka_consumer_running\{[^}]*\} 1$/m);
      expect(metrics).not.toMatch(/^loket_kafka_consumer_restarts_total\{[^}]*\} [1-9]/m);
    }

    const reportIds = submitted.map((r) => r.reportId);
    for (const service of ['routing', 'workbench'] as const) {
      await expectEventually(async () => {
        const rows = await query<{ n: number }>(loket, service, 'SELECT count(DISTINCT report_id)::int AS n FROM case_reports WHERE report_id = ANY($1::uuid[])', [reportIds]);
        expect(rows[0]!.n).toBe(REPORTS);
      }, { timeoutMs: 180_000, intervalMs: 2_000 });
    }
    const withEmail = submitted.filter((r): r is SubmittedReport & { email: string } => r.email !== null);
    await expectEventually(async () => expect((await mailCounts(withEmail)).filter((n) => n === 0).length).toBe(0), {
      timeoutMs: 180_000,
      intervalMs: 3_000,
    });
    expect((await mailCounts(withEmail)).filter((n) => n !== 1)).toEqual([]);
    expect(await deadLettersOfRun(testEnvironment().kafkaBrokers.join(','), runId, reportIds)).toEqual([]);
    process.stderr.write(`database outage: ${REPORTS} reports, ${withEmail.length} receipts in ${elapsed(started)}; ${log.join('; ')}\n`);
  }, 600_000);
});

/** Makes a database refuse (and drop) connections, or accept them again, as an outage of its server would. */
async function allowConnections(database: string, allow: boolean): Promise<void> {
  const admin = await databaseClient('postgres');
  try {
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS ${allow}`);
    if (!allow) await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
  } finally {
    await admin.end();
  }
}
