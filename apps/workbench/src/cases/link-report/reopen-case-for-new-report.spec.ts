import {
  aCase,
  defaultSlaPlanner,
  FAKE_TX,
  InMemoryCaseJournal,
  InMemoryCaseRepository,
  RecordingOutbox,
} from '../../../testing/workbench-fakes';
import { ReopenCaseForNewReport } from './reopen-case-for-new-report';

const REPORT_ID = '11111111-1111-4111-8111-111111111111';

describe('a closed case reopens when a new report is linked to it', () => {
  function setup(...records: Parameters<typeof aCase>[0][]) {
    const cases = new InMemoryCaseRepository(...records.map((r) => aCase(r)));
    const journal = new InMemoryCaseJournal();
    const outbox = new RecordingOutbox();
    const reopen = new ReopenCaseForNewReport(cases, journal, outbox, { reopenWindowDays: 30 }, defaultSlaPlanner());
    return { cases, journal, outbox, reopen };
  }
  const closedAt = new Date('2026-05-04T12:00:00.000Z');

  it('reopens it within the window: back to new, unassigned, a fresh SLA, a timeline entry and a status-changed event', async () => {
    const { cases, journal, outbox, reopen } = setup({
      status: 'closed', version: 6, assignee: 'sanne', resolutionCode: 'solved', closedAt,
      dueAt: new Date('2026-05-01T12:00:00.000Z'),
    });
    const [target] = [...cases.records.values()];
    const linkedAt = new Date('2026-05-10T09:00:00.000Z');
    const after = await reopen.ifClosed(FAKE_TX, target!, REPORT_ID, linkedAt);

    expect(after).toMatchObject({ status: 'new', version: 7, assignee: null, resolutionCode: null, closedAt: null });
    expect(after.dueAt.getTime()).toBeGreaterThan(linkedAt.getTime());
    expect(journal.entries).toEqual([
      expect.objectContaining({ kind: 'status-changed', caseVersion: 7, details: expect.objectContaining({ transition: 'reopen', from: 'closed', to: 'new' }) }),
    ]);
    expect(outbox.events.map((e) => [e.type, e.payload])).toEqual([
      ['case.status-changed', expect.objectContaining({ from: 'closed', to: 'new', caseVersion: 7, resolutionCode: null })],
    ]);
  });

  it('leaves a case closed after the window, saying why on the timeline, and publishes nothing', async () => {
    const { cases, journal, outbox, reopen } = setup({ status: 'closed', version: 6, resolutionCode: 'solved', closedAt });
    const [target] = [...cases.records.values()];
    const after = await reopen.ifClosed(FAKE_TX, target!, REPORT_ID, new Date('2026-07-01T09:00:00.000Z'));

    expect(after).toMatchObject({ status: 'closed', version: 6 });
    expect(journal.entries).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ transition: 'reopen', refused: expect.stringMatching(/reopen window/) }) }),
    ]);
    expect(outbox.events).toEqual([]);
  });

  it('changes nothing for a case that is not closed', async () => {
    const { cases, journal, outbox, reopen } = setup({ status: 'in_progress', version: 3 });
    const [target] = [...cases.records.values()];
    expect(await reopen.ifClosed(FAKE_TX, target!, REPORT_ID, closedAt)).toBe(target);
    expect(journal.entries).toEqual([]);
    expect(outbox.events).toEqual([]);
  });
});
