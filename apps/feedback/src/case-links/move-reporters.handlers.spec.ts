import type { EntityManager } from 'typeorm';
import { CaseMerged, CaseReportUnlinked } from '@loket/contracts';
import { buildEnvelope } from '@loket/messaging';
import type { CatchUpReporter } from '../messages/catch-up-reporter';
import { MoveReporterWhenReportUnlinked } from './move-reporter-when-report-unlinked.handler';
import { MoveReportersWhenCasesMerged } from './move-reporters-when-cases-merged.handler';

/** An entity manager that keeps the updates it is asked for, and the advisory locks it takes (no case has reports yet). */
function recordingTx() {
  const updates: { criteria: Record<string, unknown>; changes: Record<string, unknown> }[] = [];
  const locked: unknown[] = [];
  const tx = {
    query: async (sql: string, params: unknown[]) => {
      if (sql.includes('pg_advisory_xact_lock')) locked.push(params[1]);
      return [];
    },
    update: async (_: unknown, criteria: Record<string, unknown>, changes: Record<string, unknown>) => {
      updates.push({ criteria, changes });
      return { affected: 1 };
    },
  } as unknown as EntityManager;
  return { tx, updates, locked };
}

function recordingCatchUp() {
  const reports: string[] = [];
  return { reports, catchUp: { run: async (_: EntityManager, reportId: string) => void reports.push(reportId) } as unknown as CatchUpReporter };
}

const FROM = '11111111-1111-4111-8111-111111111111';
const TO = '22222222-2222-4222-8222-222222222222';
const REPORT = '33333333-3333-4333-8333-333333333333';

describe('MoveReporterWhenReportUnlinked', () => {
  it('moves the reporter to the report’s own case and brings them up to date there', async () => {
    const { tx, updates, locked } = recordingTx();
    const { catchUp, reports } = recordingCatchUp();
    const event = buildEnvelope(CaseReportUnlinked, { fromCaseId: FROM, reportId: REPORT, newCaseId: TO, reason: 'x', unlinkedAt: '2026-05-02T10:00:00.000Z' }, 'routing');

    await new MoveReporterWhenReportUnlinked(catchUp).handle(event, tx);

    expect(updates).toEqual([{ criteria: { reportId: REPORT, caseId: FROM }, changes: { caseId: TO, linkedAt: new Date('2026-05-02T10:00:00.000Z') } }]);
    expect(reports).toEqual([REPORT]);
    expect(locked).toEqual([FROM, TO, REPORT]); // both cases, then the report: no other handler can interleave
  });
});

describe('MoveReportersWhenCasesMerged', () => {
  it('moves every reporter of the absorbed case to the surviving case, each caught up on their own', async () => {
    const { tx, updates } = recordingTx();
    const { catchUp, reports } = recordingCatchUp();
    const other = '44444444-4444-4444-8444-444444444444';
    const event = buildEnvelope(CaseMerged, { survivingCaseId: TO, absorbedCaseId: FROM, reportIds: [REPORT, other], reason: 'x', mergedAt: '2026-05-02T10:00:00.000Z' }, 'routing');

    await new MoveReportersWhenCasesMerged(catchUp).handle(event, tx);

    expect(updates).toHaveLength(1);
    expect(updates[0].criteria).toMatchObject({ caseId: FROM });
    expect(updates[0].changes).toEqual({ caseId: TO, linkedAt: new Date('2026-05-02T10:00:00.000Z') });
    expect(reports).toEqual([REPORT, other]);
  });
});
