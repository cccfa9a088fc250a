import type { Principal } from '@loket/auth';

/** Which cases a caller may see: all of them, or those of one organisation. */
export type CaseScope = { kind: 'all' } | { kind: 'organisation'; organisation: string };

/**
 * The need-to-know decision, from the token alone: a professional sees the cases of their own organisation;
 * a coordinator (for now) sees every case. Null when the caller may see no case at all (a professional whose
 * token names no organisation).
 */
export function caseScopeOf(principal: Principal): CaseScope | null {
  if (principal.roles.includes('coordinator')) return { kind: 'all' };
  if (principal.roles.includes('professional') && principal.organisation) {
    return { kind: 'organisation', organisation: principal.organisation };
  }
  return null;
}

/**
 * Whether the caller may read something restricted to one organisation (an internal note and its timeline
 * entry); `restrictedTo` null means it is part of the case file for everyone who sees the case. Internal
 * notes never leave their organisation, not even to coordinators.
 */
export function mayRead(principal: Principal, restrictedTo: string | null): boolean {
  return restrictedTo === null || restrictedTo === principal.organisation;
}
