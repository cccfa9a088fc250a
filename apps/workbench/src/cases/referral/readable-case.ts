import type { CaseRecord } from '../persistence/case.entity';
import type { CaseReferralRecord } from './case-referral.entity';

/**
 * A case as the caller may read it. `cutOff` null: the caller holds the case and reads all of it. Otherwise the
 * caller's organisation referred it away: it reads the history up to `cutOff.referredAt` and nothing after.
 */
export interface ReadableCase {
  record: CaseRecord;
  cutOff: CaseReferralRecord | null;
}

/**
 * The case as the referring organisation last saw it: referred, at the version of the referral, still with its
 * own team and without anything the receiving organisation did since (assignee, resolution, closing).
 */
export function asSeenByReferrer(record: CaseRecord, referral: CaseReferralRecord): CaseRecord {
  return {
    ...record,
    organisation: referral.fromOrganisation,
    team: referral.fromTeam,
    status: 'referred',
    version: referral.referredVersion,
    assignee: null,
    resolutionCode: null,
    closedAt: null,
    updatedAt: referral.referredAt,
  };
}

/** Whether something that happened at `at` is part of what the reader may see. */
export function withinCutOff(at: Date, cutOff: CaseReferralRecord | null): boolean {
  return cutOff === null || at.getTime() <= cutOff.referredAt.getTime();
}
