import type { IncomingReport } from '@loket/incident-linking';
import type { ResolvedCategory } from '../catalogue/category-catalogue';
import type { RoutableReport } from '../cases/routable-report';

/**
 * What the linker is asked about a routable report: its routing category when that is a known one (else none),
 * its pin, when it happened and its description. When it happened is when it was seen, if the report knows (a
 * forwarded chat message written an hour before it was forwarded), else when it was submitted: time decay measures
 * from the incident, not from the forward. Shared by the report handler and `npm run eval`.
 */
export function incomingReportOf(
  report: Pick<RoutableReport, 'reportId' | 'location' | 'submittedAt' | 'observedAt' | 'description'>,
  category: ResolvedCategory,
): IncomingReport {
  return {
    reportId: report.reportId,
    category: category.known ? { main: category.main, ...(category.sub ? { sub: category.sub } : {}) } : null,
    location: report.location,
    submittedAt: new Date(report.observedAt ?? report.submittedAt),
    description: report.description,
  };
}
