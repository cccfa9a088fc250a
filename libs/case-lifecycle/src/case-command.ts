/**
 * What a person (or a service) asks of a case. Fields are typed as required, but commands often come from
 * HTTP bodies: `transition` checks them again and answers 'guard-failed' when one is missing or wrong.
 */
export type CaseCommand =
  | { name: 'assign'; assignee: string }
  | { name: 'start' }
  | { name: 'wait'; reason?: string }
  | { name: 'resume' }
  /** Without a target organisation, routing decides where the case goes. */
  | { name: 'refer'; targetOrganisation?: string; reason: string }
  /** The receiving organisation takes the case; `organisation`, when given, must be the one it was referred to. */
  | { name: 'accept-referral'; organisation?: string }
  | { name: 'resolve'; resolutionCode: string }
  | { name: 'close' }
  | { name: 'reopen'; reason?: string };

export type TransitionName = CaseCommand['name'];

export const TRANSITION_NAMES: readonly TransitionName[] = [
  'assign',
  'start',
  'wait',
  'resume',
  'refer',
  'accept-referral',
  'resolve',
  'close',
  'reopen',
];
