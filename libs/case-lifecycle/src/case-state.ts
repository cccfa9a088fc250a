import type { CaseStatus } from './case-status';
import type { TransitionName } from './case-command';
import type { ResolutionCode } from './resolution-codes';

/** What the lifecycle needs to know of a case. Optional fields are absent when they do not apply. */
export interface CaseState {
  status: CaseStatus;
  /** Optimistic-concurrency version; every transition adds one. */
  version: number;
  assignee?: string;
  closedAt?: Date;
  /** The organisation that holds the case; when known, a case cannot be referred to it. */
  organisation?: string;
  /** Set while referred: the organisation the case goes to. */
  referredTo?: string;
  /** Set while resolved or closed. */
  resolutionCode?: ResolutionCode;
}

/** The fact a successful transition produces; the service wraps it in its status-changed event. */
export interface CaseTransitioned {
  transition: TransitionName;
  from: CaseStatus;
  to: CaseStatus;
  /** The version after the transition. */
  caseVersion: number;
  changedAt: Date;
  assignee: string | null;
  resolutionCode: ResolutionCode | null;
  /** Set by refer; `targetOrganisation` null when routing decides. */
  referral: { targetOrganisation: string | null; reason: string } | null;
  /** Why the case waits or was reopened, when given. */
  reason: string | null;
}

export type TransitionFailureCode = 'illegal-transition' | 'guard-failed';

export type TransitionResult =
  | { ok: true; next: CaseState; event: CaseTransitioned }
  | { ok: false; code: TransitionFailureCode; reason: string; allowed: TransitionName[] };
