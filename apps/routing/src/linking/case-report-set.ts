import { EntityManager } from 'typeorm';
import { CaseReportRecord } from '../cases/case-report.entity';
import { CaseRecord } from '../cases/case.entity';

const MAX_LINK_TEXT = 4000;

/**
 * After reports left or joined a case: its report window and the text new reports are compared with follow
 * its reports again, and `updated_at` moves so every routing instance's linker index catches up.
 */
export async function refreshCaseFromReports(tx: EntityManager, caseId: string, now: Date): Promise<void> {
  const reports = await tx.find(CaseReportRecord, { where: { caseId }, order: { submittedAt: 'ASC' } });
  if (!reports.length) {
    await tx.update(CaseRecord, { id: caseId }, { updatedAt: now });
    return;
  }
  await tx.update(CaseRecord, { id: caseId }, {
    firstReportAt: reports[0].submittedAt,
    lastReportAt: reports[reports.length - 1].submittedAt,
    linkText: reports.map((r) => r.description).join('\n').slice(0, MAX_LINK_TEXT),
    updatedAt: now,
  });
}

/** Locks the case for a correction; null when there is no such case. */
export function lockCase(tx: EntityManager, caseId: string): Promise<CaseRecord | null> {
  return tx.findOne(CaseRecord, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
}
