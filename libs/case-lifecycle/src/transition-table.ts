import type { TransitionName } from './case-command';
import type { CaseStatus } from './case-status';

/** Every legal move, by transition name: from which states, to which state. */
export const CASE_TRANSITIONS: Readonly<
  Record<TransitionName, Readonly<Partial<Record<CaseStatus, CaseStatus>>>>
> = {
  // assigned → assigned hands an assigned case to another professional
  assign: { new: 'assigned', assigned: 'assigned', waiting: 'assigned' },
  start: { assigned: 'in_progress' },
  wait: { new: 'waiting', assigned: 'waiting', in_progress: 'waiting' },
  resume: { waiting: 'in_progress' },
  refer: { new: 'referred', assigned: 'referred', in_progress: 'referred', waiting: 'referred' },
  'accept-referral': { referred: 'new' },
  resolve: { in_progress: 'resolved' },
  close: { resolved: 'closed' },
  reopen: { resolved: 'in_progress', closed: 'new' },
};

/** The state a transition leads to from a state, or null when it is not legal there. */
export function targetOf(name: TransitionName, from: CaseStatus): CaseStatus | null {
  return CASE_TRANSITIONS[name]?.[from] ?? null;
}

/** The transitions legal from a state, guards not considered. */
export function allowedTransitions(status: CaseStatus): TransitionName[] {
  return (Object.keys(CASE_TRANSITIONS) as TransitionName[]).filter(
    (name) => CASE_TRANSITIONS[name][status] !== undefined,
  );
}
