import { haversineMetres } from '../geo/haversine';
import type { IncomingReport, OpenCaseSummary } from '../model/case-summary';
import type { TextProfile } from '../text/text-profile';
import { textProfile } from '../text/text-profile';

/** An open case near a report, with what the index already knows about the pair. */
export interface LinkCandidate {
  readonly summary: OpenCaseSummary;
  readonly distanceMetres: number;
  /** How far the report lies outside the case's reporting period [openedAt, lastReportAt]; 0 inside it. */
  readonly gapMs: number;
  readonly textProfile: TextProfile;
}

export function timeGapMs(atMs: number, openedMs: number, lastMs: number): number {
  if (atMs > lastMs) return atMs - lastMs;
  if (atMs < openedMs) return openedMs - atMs;
  return 0;
}

/** A candidate from a plain summary (for callers that did not get it from a CandidateIndex). */
export function linkCandidateFromSummary(report: IncomingReport, summary: OpenCaseSummary): LinkCandidate {
  return {
    summary,
    distanceMetres: haversineMetres(report.location, summary.location),
    gapMs: timeGapMs(
      report.submittedAt.getTime(),
      summary.openedAt.getTime(),
      summary.lastReportAt.getTime(),
    ),
    textProfile: textProfile(summary.text),
  };
}
