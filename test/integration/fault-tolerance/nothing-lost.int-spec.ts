import {
  expectEventually,
  listCasesByHolder,
  LoketServices,
  ScratchKafka,
  ServiceName,
  streamReports,
  SubmittedReport,
  tokenFor,
} from '@loket/testing';
import { deadLetterCounts, elapsed, mailCounts, query } from './pipeline-checks';

const REPORTS = 600;
const RATE_PER_SECOND = 15;
const EMAIL_SHARE = 0.2;

/**
 * Nothing is lost when a part fails: 600 reports stream into intake over HTTP while the routing and
 * workbench processes are killed (SIGKILL, no chance to finish anything) and restarted, and Kafka is stopped
 * and started once. The broker is this test's own (ScratchKafka, other ports and data directory), so the
 * shared broker other tests use is never touched. Afterwards every report belongs to exactly one case, every
 * case is in the workbench exactly once, no dead-letter topic holds anything, and no reporter got a second
 * e-mail.
 */
describe('nothing is lost when a part fails', () => {
  let kafka: ScratchKafka;
  let loket: LoketServices;
  const faults: string[] = [];

  beforeAll(async () => {
    kafka = await ScratchKafka.start();
    loket = await LoketServices.start({ runId: `fault_${Date.now().toString(36)}`, kafkaBrokers: kafka.brokers, env: { LOKET_LOG_LEVEL: 'warn' }, readyTimeoutMs: 180_000 });
  }, 420_000);

  afterAll(async () => {
    await loket?.stop();
    await loket?.dropDatabases().catch(() => undefined);
    await kafka?.destroy();
  }, 120_000);

  it('keeps every report, case and e-mail exactly once through crashes and a broker restart', async () => {
    const started = Date.now();
    let answered = 0;
    const afterAnswers = (n: number) => expectEventually(async () => expect(answered).toBeGreaterThanOrEqual(n), { timeoutMs: 300_000, intervalMs: 200 });
    // A killed service restarts in the background while the stream goes on; it is only waited for before it
    // is killed again and at the end.
    const restarts = new Map<ServiceName, Promise<void>>();
    const crash = async (...names: ServiceName[]) => {
      await Promise.all(names.map((name) => restarts.get(name)));
      await Promise.all(names.map((name) => loket.services[name].kill()));
      faults.push(`${elapsed(started)} kill -9 ${names.join(' + ')} (${answered} reports in)`);
      for (const name of names) {
        restarts.set(name, loket.services[name].start(180_000).then(() => void faults.push(`${elapsed(started)} ${name} ready again`)));
      }
    };
    const chaos = (async () => {
      await afterAnswers(60);
      await crash('routing');
      await afterAnswers(180);
      await crash('workbench');
      await afterAnswers(300);
      await kafka.stop();
      faults.push(`${elapsed(started)} Kafka stopped (${answered} reports in)`);
      await new Promise((done) => setTimeout(done, 3_000));
      await kafka.start();
      faults.push(`${elapsed(started)} Kafka started (${answered} reports in)`);
      await afterAnswers(480);
      await crash('routing', 'workbench');
      await Promise.all(restarts.values());
    })();
    const submitted = await streamReports({
      intakeUrl: loket.intake.url,
      ratePerSecond: RATE_PER_SECOND,
      count: REPORTS,
      concurrency: 8,
      emailShare: EMAIL_SHARE,
      onAnswer: () => answered++,
    });
    await chaos;

    expect(submitted.filter((r) => r.status !== 201)).toEqual([]);
    const reportIds = submitted.map((r) => r.reportId);

    // Every report belongs to exactly one case (routing owns that), and the workbench shows exactly those.
    const routed = await expectEventually(async () => {
      const rows = await query<{ report_id: string; case_id: string }>(
        loket, 'routing', 'SELECT report_id::text, case_id::text FROM case_reports WHERE report_id = ANY($1::uuid[])', [reportIds],
      );
      expect(rows.length).toBe(REPORTS);
      return rows;
    }, { timeoutMs: 180_000, intervalMs: 2_000 });
    const caseOf = new Map(routed.map((r) => [r.report_id, r.case_id]));
    expect(caseOf.size).toBe(REPORTS);
    const caseIds = [...new Set(caseOf.values())];

    const recorded = await expectEventually(async () => {
      const rows = await query<{ report_id: string; case_id: string }>(
        loket, 'workbench', 'SELECT report_id::text, case_id::text FROM case_reports WHERE report_id = ANY($1::uuid[])', [reportIds],
      );
      expect(rows.length).toBe(REPORTS);
      return rows;
    }, { timeoutMs: 120_000, intervalMs: 2_000 });
    for (const row of recorded) expect(row.case_id).toBe(caseOf.get(row.report_id));

    // Each case exactly once in the workbench: in its table, and over HTTP in the queue of the organisation holding it.
    const cases = await query<{ id: string; n: number }>(loket, 'workbench', 'SELECT id::text, count(*)::int AS n FROM cases WHERE id = ANY($1::uuid[]) GROUP BY id', [caseIds]);
    expect(cases.length).toBe(caseIds.length);
    expect(cases.every((c) => c.n === 1)).toBe(true);
    const holders = await query<{ organisation: string }>(loket, 'workbench', 'SELECT DISTINCT organisation FROM cases WHERE id = ANY($1::uuid[])', [caseIds]);
    const listed = await listCasesByHolder(loket.workbench.url, holders.map((h) => h.organisation), (username) => tokenFor(username));
    expect(listed.length).toBe(new Set(listed).size);
    expect(new Set(listed)).toEqual(new Set(caseIds));

    // No dead letters: every event was valid, so whatever failed was retried until it went through.
    expect(await deadLetterCounts(kafka.brokers)).toEqual({});

    // No duplicate e-mail: each reporter who left an address got exactly one receipt.
    const withEmail = submitted.filter((r): r is SubmittedReport & { email: string } => r.email !== null);
    expect(withEmail.length).toBeGreaterThan(100);
    await expectEventually(async () => expect((await mailCounts(withEmail)).filter((n) => n === 0).length).toBe(0), {
      timeoutMs: 120_000,
      intervalMs: 3_000,
    });
    await new Promise((done) => setTimeout(done, 5_000)); // a late duplicate would arrive now
    expect((await mailCounts(withEmail)).filter((n) => n !== 1)).toEqual([]);
    process.stderr.write(`fault test: ${caseIds.length} cases for ${REPORTS} reports in ${elapsed(started)}; ${faults.join('; ')}\n`);
  }, 420_000);
});
