import type { CategoryRef, IncomingReport, OpenCaseSummary } from './case-summary';

/** The catch-all used when a report opens a case before anyone chose a category. */
const UNCATEGORISED: CategoryRef = { main: 'overig', sub: 'overig' };

/** The summary of a case a report opens (a new case, or a report a coordinator unlinked). */
export function summaryFromReport(
  caseId: string,
  report: IncomingReport,
  category: CategoryRef = report.category ?? UNCATEGORISED,
): OpenCaseSummary {
  return {
    caseId,
    category,
    location: report.location,
    openedAt: report.submittedAt,
    lastReportAt: report.submittedAt,
    text: report.description,
  };
}

/**
 * The case's summary after a report was linked to it: its reporting period stretches to cover the
 * report and the description joins its text. Place and category stay the case's own.
 */
export function summaryWithReport(summary: OpenCaseSummary, report: IncomingReport): OpenCaseSummary {
  const at = report.submittedAt.getTime();
  return {
    ...summary,
    openedAt: at < summary.openedAt.getTime() ? report.submittedAt : summary.openedAt,
    lastReportAt: at > summary.lastReportAt.getTime() ? report.submittedAt : summary.lastReportAt,
    text: joinTexts(summary.text, report.description),
  };
}

/**
 * The surviving case's summary after a coordinator merged `absorbed` into it: the reporting periods
 * and texts combine; id, place and category stay the survivor's. (Remove `absorbed` from the index.)
 */
export function mergeSummaries(survivor: OpenCaseSummary, absorbed: OpenCaseSummary): OpenCaseSummary {
  return {
    ...survivor,
    openedAt:
      absorbed.openedAt.getTime() < survivor.openedAt.getTime() ? absorbed.openedAt : survivor.openedAt,
    lastReportAt:
      absorbed.lastReportAt.getTime() > survivor.lastReportAt.getTime()
        ? absorbed.lastReportAt
        : survivor.lastReportAt,
    text: joinTexts(survivor.text, absorbed.text),
  };
}

function joinTexts(a: string, b: string): string {
  return a && b ? `${a}\n${b}` : a || b;
}
