import { request } from './http';

export type CaseStatus = 'new' | 'assigned' | 'in_progress' | 'waiting' | 'referred' | 'resolved' | 'closed';

export interface CaseSummary {
  id: string;
  status: CaseStatus;
  category: string;
  subcategory?: string;
  version: number;
  [more: string]: unknown;
}

/** Workbench (apps/workbench): the professionals' cases. Extend with the screens that use it (/werkbank). */
export const workbench = {
  cases: (query: Record<string, string | number | undefined> = {}) => request<{ items: CaseSummary[] } | CaseSummary[]>('workbench', '/v1/cases', { query }),
  caseFile: (caseId: string) => request<CaseSummary>('workbench', `/v1/cases/${encodeURIComponent(caseId)}`),
};
