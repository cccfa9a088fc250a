import type { EntityManager } from 'typeorm';
import type { CaseRecord } from '../persistence/case.entity';
import type { CaseReferralRecord } from './case-referral.entity';

/** A case another organisation referred away, as that organisation may still read it. */
export interface ReferredAwayCase {
  record: CaseRecord;
  referral: CaseReferralRecord;
}

/** The referrals of cases: recorded by the referring professional, settled when routing reassigns the case. */
export abstract class CaseReferrals {
  abstract record(tx: EntityManager, referral: CaseReferralRecord): Promise<void>;

  /** The case's referral still waiting for routing, if any. */
  abstract pendingFor(tx: EntityManager, caseId: string): Promise<CaseReferralRecord | null>;

  /** Routing decided: where the referral went. */
  abstract settle(tx: EntityManager, referralId: string, toOrganisation: string, at: Date): Promise<void>;

  /** The latest referral of each of these cases, for showing who referred them and why. */
  abstract latestOf(caseIds: readonly string[]): Promise<Map<string, CaseReferralRecord>>;

  /**
   * Need-to-know, in the query: the case, when `organisation` referred it away and no longer holds it,
   * with its latest referral by `organisation` (whose `referredAt` is the cut-off of what it may read).
   */
  abstract findReferredAway(
    organisation: string,
    caseId: string,
    tx?: EntityManager,
  ): Promise<ReferredAwayCase | null>;
}
