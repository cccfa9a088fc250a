import type { GeoPoint, IncomingReport, OpenCaseSummary } from './case-summary';
import { IncidentLinkingError } from './incident-linking-error';

export function assertValidLocation(point: GeoPoint, what: string): void {
  const { lat, lon } = point;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new IncidentLinkingError('invalid-location', `${what} has an invalid location (${lat}, ${lon})`);
  }
}

export function assertValidDate(date: Date, what: string): void {
  if (!(date instanceof Date) || !Number.isFinite(date.getTime())) {
    throw new IncidentLinkingError('invalid-date', `${what} is not a valid date`);
  }
}

export function assertValidCase(summary: OpenCaseSummary): void {
  const what = `case ${summary.caseId}`;
  assertValidLocation(summary.location, what);
  assertValidDate(summary.openedAt, `${what} openedAt`);
  assertValidDate(summary.lastReportAt, `${what} lastReportAt`);
  if (summary.lastReportAt.getTime() < summary.openedAt.getTime()) {
    throw new IncidentLinkingError('invalid-date', `${what} has its last report before it was opened`);
  }
}

export function assertValidReport(report: IncomingReport): void {
  const what = `report ${report.reportId}`;
  assertValidLocation(report.location, what);
  assertValidDate(report.submittedAt, `${what} submittedAt`);
}
