/**
 * Need-to-know for cases: who may read a case (its reports' texts, photos, timeline) and who may work it.
 * Framework-free; the services apply these rules in their queries (the workbench) or on the facts they hold
 * (routing), and audit what the rules decide.
 *
 * - A professional reads and works the cases their organisation holds (and reads what it referred away, up to
 *   the referral: the workbench's business).
 * - A coordinator triages and corrects routing. They read the cases their own organisation holds (what the
 *   fallback routes to the coordinators), cases in triage and cases a coordinator corrected; they work only
 *   their own organisation's cases. They never read another organisation's internal notes.
 * - An administrator manages configuration and reads no case content, unless they also hold the separate
 *   realm role `case-content-reader`: read-only, every read audited.
 * - Residents, volunteers and anyone without a role read no case.
 */

/** The realm role that lets its holder read case content (read-only, every read audited). */
export const CONTENT_READER_ROLE = 'case-content-reader';

/** Who asks, as far as need-to-know is concerned: the token's roles and organisation. */
export interface Viewer {
  roles: readonly string[];
  organisation: string | null;
}

/**
 * What the caller wants to do with a case: `read` it (case file, photos, report texts), `triage` it (a
 * coordinator's decision on a reporter's reopen request), or `work` it (transitions, assignment, notes,
 * handover, note previews, reply library).
 */
export type CasePurpose = 'read' | 'triage' | 'work';

/**
 * The cases a caller reaches for one purpose. `all`: every case (the system handling events, or a content
 * reader reading); `organisation`: the cases one organisation holds; `triage`: a coordinator's reach, the cases
 * their organisation holds plus those in triage or corrected by a coordinator.
 */
export type CaseScope =
  | { kind: 'all' }
  | { kind: 'organisation'; organisation: string }
  | { kind: 'triage'; organisation: string | null };

/** The facts about one case that need-to-know depends on. */
export interface CaseFacts {
  /** The organisation that holds the case. */
  organisation: string;
  /** In the coordinators' triage queue now (see `isInTriage`). */
  inTriage: boolean;
  /** A coordinator corrected its routing (re-routed it, moved reports into or out of it, merged it). */
  correctedByCoordinator: boolean;
}

export function isCoordinator(viewer: Viewer): boolean {
  return viewer.roles.includes('coordinator');
}

export function isContentReader(viewer: Viewer): boolean {
  return viewer.roles.includes(CONTENT_READER_ROLE);
}

/** The caller's reach for a purpose; null when it reaches no case at all. */
export function caseScopeOf(viewer: Viewer, purpose: CasePurpose): CaseScope | null {
  if (viewer.roles.includes('professional') && viewer.organisation && !isCoordinator(viewer)) {
    return purpose === 'triage' ? null : { kind: 'organisation', organisation: viewer.organisation };
  }
  if (isCoordinator(viewer)) {
    if (purpose === 'work') return viewer.organisation ? { kind: 'organisation', organisation: viewer.organisation } : null;
    return { kind: 'triage', organisation: viewer.organisation };
  }
  if (isContentReader(viewer) && purpose === 'read') return { kind: 'all' };
  return null;
}

/** Whether a case with these facts lies within a scope. */
export function withinScope(scope: CaseScope, facts: CaseFacts): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'organisation':
      return facts.organisation === scope.organisation;
    case 'triage':
      return facts.organisation === scope.organisation || facts.inTriage || facts.correctedByCoordinator;
  }
}

/** The whole decision for one case: may this caller do this with it? */
export function mayAccessCase(viewer: Viewer, facts: CaseFacts, purpose: CasePurpose): boolean {
  const scope = caseScopeOf(viewer, purpose);
  return scope !== null && withinScope(scope, facts);
}

/**
 * Whether the caller may read something restricted to one organisation (an internal note and its timeline
 * entry); `restrictedTo` null means it is part of the case file for everyone who may read the case. Internal
 * notes never leave their organisation: not to coordinators, not to content readers.
 */
export function mayReadRestricted(viewer: Viewer, restrictedTo: string | null): boolean {
  if (restrictedTo === null) return true;
  if (!viewer.roles.includes('professional') && !isCoordinator(viewer)) return false;
  return restrictedTo === viewer.organisation;
}

/**
 * Whether a read of report text by this caller is a read outside the ordinary work of a professional on their
 * own organisation's case, to be audited as such: every coordinator's and content reader's read.
 */
export function readIsOversight(viewer: Viewer, facts: Pick<CaseFacts, 'organisation'>): boolean {
  if (isContentReader(viewer) && !viewer.roles.includes('professional')) return true;
  return isCoordinator(viewer) && facts.organisation !== viewer.organisation;
}
