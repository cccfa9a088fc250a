/** What decides whether a case is in the coordinators' triage queue. */
export interface TriageFacts {
  status: string;
  /** Why it went to triage when it opened (fallback, low confidence, possibly related); empty for none. */
  openingTriageReasons: readonly string[];
  reopenRequestedAt: Date | null;
  dueAt: Date | null;
}

/** Statuses in which the SLA clock does not run. */
export const CLOCK_STOPPED_STATUSES: readonly string[] = ['resolved', 'closed', 'waiting'];

/**
 * A case is in triage while it is new with a reason from its opening, while a reporter's reopen request
 * waits, and while its SLA is breached and the clock runs. The workbench's triage queue and its coordinators'
 * scope are the SQL of exactly this.
 */
export function isInTriage(facts: TriageFacts, now: Date): boolean {
  if (facts.status === 'new' && facts.openingTriageReasons.length > 0) return true;
  if (facts.reopenRequestedAt !== null) return true;
  return !CLOCK_STOPPED_STATUSES.includes(facts.status) && facts.dueAt !== null && facts.dueAt.getTime() < now.getTime();
}
