export const CASE_STATUSES = [
  'new',
  'assigned',
  'in_progress',
  'waiting',
  'referred',
  'resolved',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** States in which an organisation works the case: from these it can be referred or put waiting. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'assigned', 'in_progress', 'waiting'];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

/** True for new, assigned, in_progress and waiting. A referred case is in transit; resolved and closed are done. */
export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** True while the SLA clock stands still: the case waits on a third party. */
export function slaPaused(status: CaseStatus): boolean {
  return status === 'waiting';
}
