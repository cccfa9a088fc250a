import { ROUTING } from '../werkbank/api';

/** How a report came to be in its case, when routing linked it: automatically or by a coordinator, and whether confirmed. */
export interface ReportLink {
  automatic: boolean;
  confirmedAt: string | null;
  score: number;
  explanation: string;
}

/** One report of routing's `GET /cases/{caseId}/reports` (see routing's OpenAPI document). */
export interface RoutingCaseReport {
  reportId: string;
  description: string;
  submittedAt: string;
  joined: 'opened' | 'linked' | 'merged';
  movedFromCaseId: string | null;
  score: number | null;
  explanation: string | null;
  /** Absent from routing versions that do not yet know whether a link was automatic. */
  link?: ReportLink | null;
}

export interface RoutingCaseReports {
  caseId: string;
  status: 'open' | 'closed';
  reports: RoutingCaseReport[];
}

/** `POST /cases/{caseId}/reports/{reportId}/confirm-link`'s answer. */
export interface ConfirmedLink {
  reportId: string;
  caseId: string;
  confirmedAt: string;
}

/** The refusals of confirm-link the screens explain in their own words (a 404 says "not found" as any does). */
export const CONFIRM_LINK_PROBLEMS = ['not-automatic', 'already-confirmed'] as const;

export const caseReportsPath = (caseId: string) => `${ROUTING}/cases/${encodeURIComponent(caseId)}/reports`;
export const confirmLinkPath = (caseId: string, reportId: string) =>
  `${caseReportsPath(caseId)}/${encodeURIComponent(reportId)}/confirm-link`;

/** What a coordinator can do about a report's link: nothing (opened the case, or linked by hand), confirm it, or see it confirmed. */
export type LinkReview = 'none' | 'to-confirm' | 'confirmed';

export function linkReviewOf(link: ReportLink | null | undefined): LinkReview {
  if (!link?.automatic) return 'none';
  return link.confirmedAt ? 'confirmed' : 'to-confirm';
}

/** Each report's link by its id (reports without one are left out). */
export function linksByReport(view: RoutingCaseReports): Map<string, ReportLink> {
  return new Map(
    view.reports.flatMap((report) => (report.link ? [[report.reportId, report.link] as const] : [])),
  );
}

/** Routing's list as it is after a confirmation: the same, with that report's link confirmed at the answer's time. */
export function withConfirmedLink(view: RoutingCaseReports, confirmed: ConfirmedLink): RoutingCaseReports {
  return {
    ...view,
    reports: view.reports.map((report) =>
      report.reportId === confirmed.reportId && report.link
        ? { ...report, link: { ...report.link, confirmedAt: confirmed.confirmedAt } }
        : report,
    ),
  };
}
