import type { GeoPointV1, ReportSubmittedV1 } from '@loket/contracts';

/** A report with an incident of its own to route: a description and a place (every report but a follow). */
export type RoutableReport = ReportSubmittedV1 & { description: string; location: GeoPointV1 };

/** The report as routable; a report that is not (and follows no case) fails the event's own validation first. */
export function routableOf(report: ReportSubmittedV1): RoutableReport {
  const { description, location } = report;
  if (description === undefined || location === undefined) {
    throw new Error(`report ${report.reportId} has no description or location and follows no case`);
  }
  return { ...report, description, location };
}
