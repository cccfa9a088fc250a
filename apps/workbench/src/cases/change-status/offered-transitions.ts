import { allowedTransitions, type CaseStatus, type TransitionName } from '@loket/case-lifecycle';

/**
 * The transitions a person can ask for over HTTP. accept-referral is not among them: the workbench applies it
 * when routing has decided where a referred case goes (case.reassigned).
 */
export const OFFERED_TRANSITIONS = [
  'assign',
  'start',
  'wait',
  'resume',
  'refer',
  'resolve',
  'close',
  'reopen',
] as const;
export type OfferedTransition = (typeof OFFERED_TRANSITIONS)[number];

/** What the caller may ask for next, for a case in this state. */
export function offeredTransitionsFrom(status: CaseStatus): TransitionName[] {
  return allowedTransitions(status).filter((name) =>
    (OFFERED_TRANSITIONS as readonly string[]).includes(name),
  );
}
