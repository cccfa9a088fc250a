import { allowedTransitions, type CaseStatus, type TransitionName } from '@loket/case-lifecycle';

/**
 * The transitions a person can ask for over HTTP in this version. Referral (refer, accept-referral) goes
 * through routing and comes with the referral flow; until then it is neither offered nor listed as allowed.
 */
export const OFFERED_TRANSITIONS = [
  'assign',
  'start',
  'wait',
  'resume',
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
