import type { CaseSummary } from './case-types';

const CLOCK_STOPPED = new Set(['resolved', 'closed', 'waiting']);
export const AT_RISK_MS = 24 * 3_600_000;

/** The same rule as the queue's `slaStatus` (the workbench's default margin), for the case file's badge. */
export function slaStatusOf(kase: Pick<CaseSummary, 'status' | 'sla'>, now: Date): 'on-track' | 'at-risk' | 'breached' {
  if (CLOCK_STOPPED.has(kase.status)) return 'on-track';
  const due = new Date(kase.sla.dueAt).getTime();
  if (due < now.getTime()) return 'breached';
  return due < now.getTime() + AT_RISK_MS ? 'at-risk' : 'on-track';
}
