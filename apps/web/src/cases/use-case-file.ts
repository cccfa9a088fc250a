import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { WORKBENCH } from '../werkbank/api';
import { useApi } from '../werkbank/session';
import type { CaseFile, CaseSummary, TeamMembers } from './case-types';

export const caseKey = (caseId: string) => ['case', caseId] as const;

/** `followUpMs`: fetch again this often meanwhile (e.g. while a correction through routing reaches the workbench). */
export function useCaseFile(caseId: string, followUpMs: number | false = false) {
  const api = useApi();
  return useQuery({ queryKey: caseKey(caseId), queryFn: () => api.get<CaseFile>(`${WORKBENCH}/cases/${caseId}`), retry: false, refetchInterval: followUpMs });
}

/** The case's team members, whom it can be assigned to (a 404 for a case the caller only reads, not holds). */
export function useTeamMembers(caseId: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: [...caseKey(caseId), 'team-members'],
    queryFn: () => api.get<TeamMembers>(`${WORKBENCH}/cases/${caseId}/team-members`),
    retry: false,
    enabled,
    staleTime: 60_000,
  });
}

/** A change to the case (transition, handover, note): the case file and the queues are fetched again after it. */
export function useCaseMutation<TBody, TResult = CaseSummary>(caseId: string, path: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => api.send<TResult>('POST', `${WORKBENCH}/cases/${caseId}${path}`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: caseKey(caseId) });
      void client.invalidateQueries({ queryKey: ['queue'] });
    },
  });
}
