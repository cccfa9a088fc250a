import type { CorrectionRefusal } from '../correction-refusal';

export type MoveCheck<T> = { ok: true; value: T } | { ok: false; refusal: CorrectionRefusal };

export interface LinkPlan {
  fromCaseId: string;
  /** The report was the last of its case: the case is merged into the target instead of left empty. */
  emptiesSource: boolean;
}

/**
 * Whether a report may move into a case, and what happens to the case it leaves. Pure.
 * `reportCaseId` is the case the report belongs to now (null: routing knows no such report);
 * `reportsInSource` how many reports that case holds.
 */
export function planLink(targetCaseId: string, reportId: string, reportCaseId: string | null, reportsInSource: number): MoveCheck<LinkPlan> {
  if (reportCaseId === null) return refuse('unknown-report', 'Unknown report', `No report ${reportId}`);
  if (reportCaseId === targetCaseId) return refuse('same-case', 'The report is already in this case', `Report ${reportId} already belongs to case ${targetCaseId}`);
  return { ok: true, value: { fromCaseId: reportCaseId, emptiesSource: reportsInSource <= 1 } };
}

/**
 * Which reports a split takes out, in the order of the case's reports (the oldest opens the new case). Pure.
 * Refused: no reports, a report named twice, a report that is not in the case, or all of them.
 */
export function planSplit(caseId: string, caseReportIds: readonly string[], requested: readonly string[]): MoveCheck<string[]> {
  if (!requested.length) return refuse('no-reports', 'No reports to split off', 'Name at least one report of the case');
  if (new Set(requested).size !== requested.length) return refuse('duplicate-report', 'A report is named twice', 'Name each report once');
  const missing = requested.filter((id) => !caseReportIds.includes(id));
  if (missing.length) return refuse('report-not-in-case', 'Report not in this case', `Not in case ${caseId}: ${missing.join(', ')}`);
  if (requested.length >= caseReportIds.length) {
    return refuse('split-all-reports', 'Cannot split off all reports', `Case ${caseId} would be left without reports; leave at least one, or re-route the case instead`);
  }
  return { ok: true, value: caseReportIds.filter((id) => requested.includes(id)) };
}

function refuse<T>(type: string, title: string, detail: string): MoveCheck<T> {
  return { ok: false, refusal: { status: 400, type, title, detail } };
}
