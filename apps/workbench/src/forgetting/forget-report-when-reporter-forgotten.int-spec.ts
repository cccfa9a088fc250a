import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FORGOTTEN_MARKER } from '@loket/contracts';
import { scratchDatabase } from '@loket/testing';
import { WORKBENCH_SCHEMA } from '../database/workbench.schema';
import { ForgetReportWhenReporterForgotten } from './forget-report-when-reporter-forgotten.handler';

/**
 * What the end-to-end test does not reach: a report still parked for its case, the reporter's answer to a
 * professional's question and the remark of their reopen request, on a real database. Another reporter's rows
 * on the same case stay as they are.
 */
describe('the workbench forgets a reporter (real PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let db: DataSource;
  const handler = new ForgetReportWhenReporterForgotten();
  const caseId = randomUUID();

  beforeAll(async () => {
    database = await scratchDatabase('loket_workbench_forgetting', WORKBENCH_SCHEMA);
    db = database.dataSource;
  });
  afterAll(async () => database.drop());

  async function reporterRows(reportId: string, text: string) {
    const event = {
      caseId,
      report: { reportId, description: text, address: { postcode: '9999ZZ', houseNumber: 7 }, answers: [{ questionId: 'size', value: text }], photos: [{ photoId: randomUUID() }] },
    };
    await db.query(`INSERT INTO parked_linked_reports (report_id, case_id, event) VALUES ($1, $2, $3)`, [reportId, caseId, JSON.stringify(event)]);
    const questionId = randomUUID();
    await db.query(
      `INSERT INTO reporter_questions (id, case_id, organisation, text, asked_by_subject, asked_at, answer_by, status)
       VALUES ($1, $2, 'municipality', 'Hoe groot is het?', 'sub', now(), now(), 'answered')`,
      [questionId, caseId],
    );
    await db.query(`INSERT INTO reporter_answers (question_id, report_id, text, answered_at) VALUES ($1, $2, $3, now())`, [questionId, reportId, text]);
    await db.query(`INSERT INTO reopen_requests (request_id, case_id, report_id, remark, requested_at, status) VALUES ($1, $2, $3, $4, now(), 'pending')`, [
      randomUUID(), caseId, reportId, text,
    ]);
  }
  const everything = async (reportId: string) => ({
    parked: (await db.query(`SELECT event FROM parked_linked_reports WHERE report_id = $1`, [reportId]))[0].event,
    answers: await db.query(`SELECT text FROM reporter_answers WHERE report_id = $1`, [reportId]),
    remarks: await db.query(`SELECT remark FROM reopen_requests WHERE report_id = $1`, [reportId]),
  });

  it('replaces the parked report\'s text, address, answers and photos, the answers and the reopen remark, and logs counts', async () => {
    const [forgotten, kept] = [randomUUID(), randomUUID()];
    await reporterRows(forgotten, 'Mijn buurman Zwaantje laat zijn rommel staan');
    await reporterRows(kept, 'De container is vol');
    await db.transaction((tx) => handler.handle({ reportId: forgotten, reason: 'retention', forgottenAt: '2026-12-06T03:00:00.000Z' }, tx));

    const after = await everything(forgotten);
    expect(after.parked).toEqual({ caseId, report: { reportId: forgotten, description: FORGOTTEN_MARKER } });
    expect(after.answers).toEqual([{ text: FORGOTTEN_MARKER }]);
    expect(after.remarks).toEqual([{ remark: null }]);
    expect(JSON.stringify(await everything(kept))).toContain('De container is vol');
    expect(JSON.stringify(await everything(kept))).toContain('9999ZZ');
    expect(await db.query(`SELECT reason, removed FROM forget_log WHERE report_id = $1`, [forgotten])).toEqual([
      { reason: 'retention', removed: { caseReports: 0, parkedReports: 1, answers: 1, reopenRemarks: 1, addressKeys: 0, webhookDeliveries: 0 } },
    ]);
  });
});
