import type { CaseMergedV1, CaseReportUnlinkedV1 } from '@loket/contracts';
import { aCase, FAKE_TX, InMemoryCaseJournal, InMemoryCaseRepository } from '../../../testing/workbench-fakes';
import type { RecordReportWhenReportLinked } from '../link-report/record-report-when-report-linked.handler';
import type { NewCaseReport } from '../persistence/case-repository';
import { MergeCaseWhenCasesMerged } from './merge-case-when-cases-merged.handler';
import { MoveReportWhenReportUnlinked } from './move-report-when-report-unlinked.handler';

const reportOf = (caseId: string, reportId: string): NewCaseReport => ({
  caseId,
  reportId,
  description: 'Grofvuil',
  categoryMain: 'afval',
  categorySub: 'grofvuil',
  lat: 52.09,
  lon: 5.12,
  areaIds: [],
  reporterTier: 'resident',
  submittedAt: new Date('2026-05-01T08:00:00.000Z'),
  channel: 'web',
  observedAt: null,
  linkedAt: new Date('2026-05-01T08:00:00.000Z'),
  answers: [],
  photos: [],
});

describe('MoveReportWhenReportUnlinked', () => {
  const parked: string[] = [];
  const linkedReports = { forgetParked: async (_: unknown, caseId: string, reportId: string) => void parked.push(`${caseId}/${reportId}`) } as unknown as RecordReportWhenReportLinked;

  it('takes the report out of the old case file and says on its timeline where it went', async () => {
    const old = aCase();
    const cases = new InMemoryCaseRepository(old);
    cases.reports.push(reportOf(old.id, 'r-1'), reportOf(old.id, 'r-2'));
    const journal = new InMemoryCaseJournal();
    const event: CaseReportUnlinkedV1 = { fromCaseId: old.id, reportId: 'r-2', newCaseId: 'new-case', reason: 'Andere straat', unlinkedAt: '2026-05-02T10:00:00.000Z' };

    await new MoveReportWhenReportUnlinked(cases, journal, linkedReports).handle(event, FAKE_TX);

    expect(cases.reports.map((r) => r.reportId)).toEqual(['r-1']);
    expect(journal.entries).toEqual([
      expect.objectContaining({ caseId: old.id, kind: 'report-unlinked', details: { reportId: 'r-2', newCaseId: 'new-case', reason: 'Andere straat' }, caseVersion: 1 }),
    ]);
  });

  it('forgets a parked report when the old case is not recorded yet, and writes nothing else', async () => {
    const cases = new InMemoryCaseRepository();
    const journal = new InMemoryCaseJournal();
    await new MoveReportWhenReportUnlinked(cases, journal, linkedReports).handle(
      { fromCaseId: 'unknown', reportId: 'r-9', newCaseId: 'n', reason: 'x', unlinkedAt: '2026-05-02T10:00:00.000Z' },
      FAKE_TX,
    );
    expect(parked).toContain('unknown/r-9');
    expect(journal.entries).toEqual([]);
  });
});

describe('MergeCaseWhenCasesMerged', () => {
  it('moves the reports to the survivor and closes the absorbed case as merged, pointing at the survivor', async () => {
    const surviving = aCase();
    const absorbed = aCase({ status: 'assigned', version: 3, assignee: 'sanne' });
    const cases = new InMemoryCaseRepository(surviving, absorbed);
    cases.reports.push(reportOf(surviving.id, 'r-1'), reportOf(absorbed.id, 'r-2'));
    const journal = new InMemoryCaseJournal();
    const event: CaseMergedV1 = { survivingCaseId: surviving.id, absorbedCaseId: absorbed.id, reportIds: ['r-2'], reason: 'Zelfde incident', mergedAt: '2026-05-02T10:00:00.000Z' };

    await new MergeCaseWhenCasesMerged(cases, journal).handle(event, FAKE_TX);

    expect(cases.reports.map((r) => [r.caseId, r.reportId])).toEqual([[surviving.id, 'r-1'], [surviving.id, 'r-2']]);
    expect(cases.records.get(absorbed.id)).toMatchObject({ status: 'closed', version: 4, resolutionCode: 'merged', closedAt: new Date(event.mergedAt) });
    expect(journal.entries).toEqual([
      expect.objectContaining({ caseId: surviving.id, kind: 'cases-merged', details: { absorbedCaseId: absorbed.id, reportsMoved: 1, reason: 'Zelfde incident' } }),
      expect.objectContaining({ caseId: absorbed.id, kind: 'merged-into', caseVersion: 4, details: { survivingCaseId: surviving.id, from: 'assigned', reason: 'Zelfde incident' } }),
    ]);
  });

  it('does nothing more to an absorbed case that is already closed (a redelivered merge)', async () => {
    const surviving = aCase();
    const absorbed = aCase({ status: 'closed', version: 2 });
    const cases = new InMemoryCaseRepository(surviving, absorbed);
    const journal = new InMemoryCaseJournal();
    await new MergeCaseWhenCasesMerged(cases, journal).handle(
      { survivingCaseId: surviving.id, absorbedCaseId: absorbed.id, reportIds: [], reason: 'x', mergedAt: '2026-05-02T10:00:00.000Z' },
      FAKE_TX,
    );
    expect(cases.records.get(absorbed.id)?.version).toBe(2);
    expect(journal.entries.map((e) => e.kind)).toEqual(['cases-merged']);
  });
});
