import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../werkbank/api-problem';
import { useApi } from '../werkbank/session';
import {
  caseReportsPath,
  confirmLinkPath,
  linksByReport,
  withConfirmedLink,
  type ConfirmedLink,
  type RoutingCaseReports,
} from './report-link';

/**
 * Routing reads every request for a case's reports into its audit log, so they are fetched again only when the
 * case's set of reports changes (`reportIds`, as the workbench's case file has them), not at every change signal.
 */
const reportLinksKey = (caseId: string, reportIds: readonly string[]) =>
  ['report-links', caseId, [...reportIds].sort().join(' ')] as const;

/** Each report's link by report id, from routing: whether it joined automatically, and whether a coordinator confirmed it. */
export function useReportLinks(caseId: string, reportIds: readonly string[], enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: reportLinksKey(caseId, reportIds),
    queryFn: () => api.get<RoutingCaseReports>(caseReportsPath(caseId)),
    select: linksByReport,
    enabled,
    retry: false,
  });
}

/**
 * A coordinator confirms a report's automatic link (routing learns from it). The answer's time is written into the
 * case's list at once; a conflict (already confirmed, not automatic after all) reads the list again to show how it is.
 */
export function useConfirmLink(caseId: string, reportId: string) {
  const api = useApi();
  const client = useQueryClient();
  const ofTheCase = { queryKey: ['report-links', caseId] };
  return useMutation({
    mutationFn: () => api.send<ConfirmedLink>('POST', confirmLinkPath(caseId, reportId)),
    onSuccess: (confirmed) =>
      client.setQueriesData<RoutingCaseReports>(ofTheCase, (view) =>
        view ? withConfirmedLink(view, confirmed) : view,
      ),
    onError: (error) => {
      if (error instanceof ApiProblem && error.status === 409) void client.invalidateQueries(ofTheCase);
    },
  });
}
