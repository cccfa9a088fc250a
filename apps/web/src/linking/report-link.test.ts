import { describe, expect, it } from 'vitest';
import {
  confirmLinkPath,
  linkReviewOf,
  linksByReport,
  withConfirmedLink,
  type RoutingCaseReport,
  type RoutingCaseReports,
} from './report-link';

const CASE_ID = '00000000-0000-4000-8000-000000000001';
const report = (reportId: string, link: RoutingCaseReport['link']): RoutingCaseReport => ({
  reportId,
  description: 'Losliggende stoeptegel',
  submittedAt: '2026-12-01T09:00:00Z',
  joined: link ? 'linked' : 'opened',
  movedFromCaseId: null,
  score: link?.score ?? null,
  explanation: link?.explanation ?? null,
  ...(link === undefined ? {} : { link }),
});
const automatic = {
  automatic: true,
  confirmedAt: null,
  score: 0.82,
  explanation: '40 m apart, 2 hours apart, same category',
};

describe('a report’s link as a coordinator reviews it', () => {
  it('offers confirmation only for an automatic link not yet confirmed', () => {
    expect(linkReviewOf(automatic)).toBe('to-confirm');
    expect(linkReviewOf({ ...automatic, confirmedAt: '2026-12-02T10:00:00Z' })).toBe('confirmed');
    expect(linkReviewOf({ ...automatic, automatic: false })).toBe('none');
    expect(linkReviewOf(null)).toBe('none');
    expect(linkReviewOf(undefined)).toBe('none');
  });

  it('finds each report’s link by its id, leaving out reports without one', () => {
    const view: RoutingCaseReports = {
      caseId: CASE_ID,
      status: 'open',
      reports: [report('r-1', null), report('r-2', automatic), report('r-3', undefined)],
    };
    expect([...linksByReport(view).entries()]).toEqual([['r-2', automatic]]);
  });

  it('marks only the confirmed report’s link confirmed, at the time routing answered', () => {
    const view: RoutingCaseReports = {
      caseId: CASE_ID,
      status: 'open',
      reports: [report('r-1', automatic), report('r-2', automatic), report('r-3', null)],
    };
    const after = withConfirmedLink(view, {
      caseId: CASE_ID,
      reportId: 'r-2',
      confirmedAt: '2026-12-02T10:00:00Z',
    });
    expect(after.reports.map((r) => r.link?.confirmedAt ?? null)).toEqual([
      null,
      '2026-12-02T10:00:00Z',
      null,
    ]);
    expect(view.reports[1]?.link?.confirmedAt).toBeNull();
  });

  it('posts the confirmation to routing through the gateway', () => {
    expect(confirmLinkPath(CASE_ID, 'r-2')).toBe(`/api/routing/v1/cases/${CASE_ID}/reports/r-2/confirm-link`);
  });
});
