import type { Principal } from '@loket/auth';
import { caseScopeOf as scopeFor, mayReadRestricted, type CasePurpose } from '@loket/need-to-know';

export type { CasePurpose } from '@loket/need-to-know';

/**
 * Which cases a caller reaches (the rules: `@loket/need-to-know`): all of them (the system handling events, or a
 * content reader reading), those of one organisation, or a coordinator's triage reach: their organisation's
 * cases plus the cases in triage at `now` and those a coordinator corrected.
 */
export type CaseScope =
  | { kind: 'all' }
  | { kind: 'organisation'; organisation: string }
  | { kind: 'triage'; organisation: string | null; now: Date };

/**
 * The need-to-know decision for one purpose, from the token alone. Null when the caller reaches no case at all
 * for it (a professional whose token names no organisation, an administrator without the content-reader role).
 */
export function caseScopeOf(principal: Principal, purpose: CasePurpose = 'read', now: Date = new Date()): CaseScope | null {
  const scope = scopeFor(principal, purpose);
  return scope?.kind === 'triage' ? { ...scope, now } : scope;
}

/**
 * Whether the caller may read something restricted to one organisation (an internal note and its timeline
 * entry); `restrictedTo` null means it is part of the case file for everyone who may read the case. Internal
 * notes never leave their organisation, not even to coordinators or content readers.
 */
export function mayRead(principal: Principal, restrictedTo: string | null): boolean {
  return mayReadRestricted(principal, restrictedTo);
}

/** The organisation whose restricted entries (internal notes) the caller reads: none for anyone outside one. */
export function restrictedReaderOf(principal: Principal): string | null {
  return principal.organisation && mayReadRestricted(principal, principal.organisation) ? principal.organisation : null;
}
