import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MessagingConfig, Outbox } from '@loket/messaging';
import { scratchDatabase, scratchKeyVault } from '@loket/testing';
import { FEEDBACK_SCHEMA } from '../database/feedback.schema';
import { ApplyRetention } from './apply-retention.use-case';

const DAY = 86_400_000;

/** Retention on a real database with a controllable clock: nothing before the period, everything after it. */
describe('retention of contact details and free text (real PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let db: DataSource;
  let retention: ApplyRetention;
  let keys: Awaited<ReturnType<typeof scratchKeyVault>>;
  const closedAt = new Date('2026-01-10T12:00:00Z');

  beforeAll(async () => {
    database = await scratchDatabase('loket_feedback_retention', FEEDBACK_SCHEMA);
    db = database.dataSource;
    keys = await scratchKeyVault();
    retention = new ApplyRetention(db, { days: 180 }, new Outbox({ service: 'feedback' } as MessagingConfig, keys.sealing), keys.vault);
  });
  afterAll(async () => {
    await database.drop();
    await keys.drop();
  });

  async function reporterOnCase(caseId: string, stages: [string, Date][]) {
    const reportId = randomUUID();
    await db.query(
      `INSERT INTO reporters (report_id, reporter_ref, tier, language, consent_to_contact, tracking_code_hash, tracking_code_hint,
                              contact_details, has_email, received_at, registered_event_id)
       VALUES ($1, $2, 'resident', 'nl', true, $3, '…-ABCD', 'v1:data-1:iv:tag:ciphertext', true, $4, $5)`,
      [reportId, `rr_${randomBytes(16).toString('base64url')}`, randomBytes(32).toString('hex'), new Date('2026-01-01T09:00:00Z'), randomUUID()],
    );
    await db.query(`INSERT INTO case_reports (report_id, case_id, reporter_ref, linked_at) VALUES ($1, $2, 'rr_x', now())`, [reportId, caseId]);
    for (const [stage, at] of stages) {
      await db.query(`INSERT INTO case_stages (event_id, case_id, stage, occurred_at) VALUES ($1, $2, $3, $4)`, [randomUUID(), caseId, stage, at]);
    }
    await db.query(
      `INSERT INTO reporter_messages (id, report_id, reporter_ref, case_id, trigger_event_id, stage, level, channel, language, subject, body, status, occurred_at)
       VALUES ($1, $2, 'rr_x', $3, $4, 'closed', 3, 'email', 'nl', 'v1:s', 'v1:b', 'sent', now())`,
      [randomUUID(), reportId, caseId, randomUUID()],
    );
    await db.query(
      `INSERT INTO case_notes (note_id, case_id, organisation, text, written_at, event_id) VALUES ($1, $2, 'municipality', 'v1:note', now(), $3)
       ON CONFLICT DO NOTHING`,
      [randomUUID(), caseId, randomUUID()],
    );
    return reportId;
  }

  const state = async (reportId: string) => {
    const [reporter] = await db.query(`SELECT contact_details, has_email, reporter_ref, tier FROM reporters WHERE report_id = $1`, [reportId]);
    const [{ n: messages }] = await db.query(`SELECT count(*)::int AS n FROM reporter_messages WHERE report_id = $1`, [reportId]);
    const log = await db.query(`SELECT removed FROM retention_log WHERE report_id = $1`, [reportId]);
    return { reporter, messages, log };
  };

  it('keeps everything until the case has been closed for the retention period, then removes contact details and texts', async () => {
    const caseId = randomUUID();
    const reportId = await reporterOnCase(caseId, [['received', new Date('2026-01-01T09:00:00Z')], ['closed', closedAt]]);
    // the key its report's personal fields travel under on the bus
    expect(Buffer.isBuffer(await keys.vault.keyFor(reportId))).toBe(true);

    await retention.run(new Date(closedAt.getTime() + 179 * DAY));
    expect((await state(reportId)).reporter.contact_details).not.toBeNull();
    expect(Buffer.isBuffer(await keys.vault.keyOf(reportId))).toBe(true);

    await retention.run(new Date(closedAt.getTime() + 181 * DAY));
    const after = await state(reportId);
    expect(after.reporter).toMatchObject({ contact_details: null, has_email: false, tier: 'resident' });
    expect(after.reporter.reporter_ref).toMatch(/^rr_/);
    expect(after.messages).toBe(0);
    expect(after.log).toEqual([{ removed: { contactDetails: true, messages: 1, notes: 1, remarks: 0 } }]);
    // what the events on the bus said about the reporter can no longer be read by anyone
    expect(await keys.vault.keyOf(reportId)).toBe('forgotten');
    const [{ n: notes }] = await db.query(`SELECT count(*)::int AS n FROM case_notes WHERE case_id = $1`, [caseId]);
    expect(notes).toBe(0);
    // Announced with the removal, so intake, routing and the workbench forget the report too; nothing personal in it.
    const events = await db.query(`SELECT topic, message_key, envelope FROM outbox_messages WHERE message_key = $1`, [reportId]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ topic: 'loket.reporter.forgotten.v1', message_key: reportId });
    expect(events[0].envelope.payload).toEqual({ reportId, reason: 'retention', forgottenAt: new Date(closedAt.getTime() + 181 * DAY).toISOString() });
  });

  it('reaches a reporter whose report never joined a case, counting from when it was received', async () => {
    const reportId = randomUUID();
    const receivedAt = new Date('2026-02-01T09:00:00Z');
    await db.query(
      `INSERT INTO reporters (report_id, reporter_ref, tier, language, consent_to_contact, tracking_code_hash, tracking_code_hint,
                              contact_details, has_email, received_at, registered_event_id)
       VALUES ($1, $2, 'resident', 'nl', true, $3, '…-ABCD', 'v1:data-1:iv:tag:ciphertext', true, $4, $5)`,
      [reportId, `rr_${randomBytes(16).toString('base64url')}`, randomBytes(32).toString('hex'), receivedAt, randomUUID()],
    );
    await retention.run(new Date(receivedAt.getTime() + 179 * DAY));
    expect((await state(reportId)).reporter.contact_details).not.toBeNull();

    await retention.run(new Date(receivedAt.getTime() + 181 * DAY));
    const after = await state(reportId);
    expect(after.reporter).toMatchObject({ contact_details: null, has_email: false });
    expect(after.log).toEqual([{ removed: { contactDetails: true, messages: 0, notes: 0, remarks: 0 } }]);
    const [logged] = await db.query(`SELECT case_id, case_closed_at FROM retention_log WHERE report_id = $1`, [reportId]);
    expect(logged).toEqual({ case_id: null, case_closed_at: null });
    const events = await db.query(`SELECT envelope FROM outbox_messages WHERE message_key = $1`, [reportId]);
    expect(events.map((e: { envelope: { payload: unknown } }) => e.envelope.payload)).toEqual([
      { reportId, reason: 'retention', forgottenAt: new Date(receivedAt.getTime() + 181 * DAY).toISOString() },
    ]);
    // done once: a later pass finds nothing left to do for it
    await retention.run(new Date(receivedAt.getTime() + 200 * DAY));
    expect(await db.query(`SELECT count(*)::int AS n FROM retention_log WHERE report_id = $1`, [reportId])).toEqual([{ n: 1 }]);
  });

  it('leaves a case alone that was reopened after it closed, and does the same work only once', async () => {
    const reopened = await reporterOnCase(randomUUID(), [['closed', closedAt], ['reopened', new Date(closedAt.getTime() + DAY)]]);
    const later = new Date(closedAt.getTime() + 400 * DAY);
    await retention.run(later);
    expect((await state(reopened)).reporter.contact_details).not.toBeNull();
    expect(await retention.run(later)).toBe(0);
  });
});
