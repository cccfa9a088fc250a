import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from '@loket/persistence';
import { MessagingConfig, Outbox } from '@loket/messaging';
import { scratchDatabase, scratchKeyVault } from '@loket/testing';
import { FEEDBACK_SCHEMA } from '../database/feedback.schema';
import { ApplyRetention } from './apply-retention.use-case';
import { RetentionSchedule } from './retention-schedule';

/** More than two of the pass's batches (200 reports each), so that a pass is several transactions. */
const REPORTS = 450;

/**
 * The retention schedule of two feedback instances on one real database, each with its own connection pool: when
 * both passes start at the same moment, every report is anonymised once and logged once.
 */
describe('retention schedule in two instances (real PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let second: DataSource;
  let schedules: RetentionSchedule[];
  let keys: Awaited<ReturnType<typeof scratchKeyVault>>;

  beforeAll(async () => {
    database = await scratchDatabase('loket_feedback_retention_twice', FEEDBACK_SCHEMA);
    second = await new DataSource(serviceDataSourceOptions(database.config, FEEDBACK_SCHEMA)).initialize();
    keys = await scratchKeyVault();
    const outbox = new Outbox({ service: 'feedback' } as MessagingConfig, keys.sealing);
    schedules = [database.dataSource, second].map((db) => new RetentionSchedule(new ApplyRetention(db, { days: 180 }, outbox, keys.vault), { intervalMs: 3_600_000 }, db));
  });
  afterAll(async () => {
    if (second?.isInitialized) await second.destroy();
    await database.drop();
    await keys.drop();
  });

  /** `count` reporters, each on a case of its own closed long before the retention period, each with a message. */
  async function closedReports(count: number): Promise<string[]> {
    const reports = Array.from({ length: count }, () => ({ reportId: randomUUID(), caseId: randomUUID() }));
    const db = database.dataSource;
    const reportIds = reports.map((r) => r.reportId);
    const caseIds = reports.map((r) => r.caseId);
    await db.query(
      `INSERT INTO reporters (report_id, reporter_ref, tier, language, consent_to_contact, tracking_code_hash, tracking_code_hint,
                              contact_details, has_email, received_at, registered_event_id)
       SELECT id, 'rr_' || md5(id::text), 'resident', 'nl', true, md5(random()::text), '…-ABCD', 'v1:data-1:iv:tag:ciphertext', true,
              '2025-01-01T09:00:00Z', gen_random_uuid()
         FROM unnest($1::uuid[]) AS id`,
      [reportIds],
    );
    await db.query(
      `INSERT INTO case_reports (report_id, case_id, reporter_ref, linked_at) SELECT r, c, 'rr_x', now() FROM unnest($1::uuid[], $2::uuid[]) AS t(r, c)`,
      [reportIds, caseIds],
    );
    await db.query(
      `INSERT INTO case_stages (event_id, case_id, stage, occurred_at) SELECT gen_random_uuid(), c, 'closed', '2025-01-10T12:00:00Z' FROM unnest($1::uuid[]) AS c`,
      [caseIds],
    );
    await db.query(
      `INSERT INTO reporter_messages (id, report_id, reporter_ref, case_id, trigger_event_id, stage, level, channel, language, subject, body, status, occurred_at)
       SELECT gen_random_uuid(), r, 'rr_x', c, gen_random_uuid(), 'closed', 3, 'email', 'nl', 'v1:s', 'v1:b', 'sent', now()
         FROM unnest($1::uuid[], $2::uuid[]) AS t(r, c)`,
      [reportIds, caseIds],
    );
    return reportIds;
  }

  it('anonymises and logs every report once when both instances start a pass at the same moment', async () => {
    const reportIds = await closedReports(REPORTS);

    const outcomes = await Promise.all(schedules.map((schedule) => schedule.job.runPass()));

    expect(outcomes).toContain('done');
    expect(outcomes).not.toContain('failed');
    const logged: { n: number; reports: number }[] = await database.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT report_id)::int AS reports FROM retention_log WHERE report_id = ANY($1)`,
      [reportIds],
    );
    expect(logged).toEqual([{ n: REPORTS, reports: REPORTS }]);
    const [left] = await database.dataSource.query(
      `SELECT count(*) FILTER (WHERE contact_details IS NOT NULL)::int AS contacts,
              (SELECT count(*)::int FROM reporter_messages WHERE report_id = ANY($1)) AS messages
         FROM reporters WHERE report_id = ANY($1)`,
      [reportIds],
    );
    expect(left).toEqual({ contacts: 0, messages: 0 });
  });
});
