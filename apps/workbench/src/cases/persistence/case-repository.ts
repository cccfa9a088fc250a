import type { EntityManager } from 'typeorm';
import type { CaseStatus, Priority } from '@loket/contracts';
import type { CaseScope } from '../case-scope';
import type { CaseReportRecord } from './case-report.entity';
import type { CaseRecord } from './case.entity';

export const CASE_SORTS = ['-openedAt', 'openedAt', 'dueAt', '-priority'] as const;
/** A queue's order; each ends on the case id so that the order is total and a cursor is exact. */
export type CaseSort = (typeof CASE_SORTS)[number];

export const SLA_STATUSES = ['on-track', 'at-risk', 'breached'] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

/**
 * Where a page of a queue continues: after this case in the sort's order. `at` is the sort's instant
 * (opened_at, or due_at for `dueAt` and `-priority`); `rank` the priority rank for `-priority`.
 */
export interface CasePosition {
  sort: CaseSort;
  at: Date;
  rank?: number;
  id: string;
}

export interface CaseListCriteria {
  status?: CaseStatus;
  team?: string;
  /** The caller's teams (the team queue): a case of any of them. */
  teams?: readonly string[];
  assignee?: string;
  priority?: Priority;
  categoryMain?: string;
  categorySub?: string;
  /** A case with a report in this area. */
  areaId?: string;
  /** Free text over the reports' descriptions (PostgreSQL full text, Dutch). */
  text?: string;
  openedFrom?: Date;
  /** Exclusive. */
  openedTo?: Date;
  sla?: { status: SlaStatus; now: Date; atRiskMarginMs: number };
  /** The coordinators' triage queue (see triage/triage-reasons.ts), as of `now`. */
  triage?: { now: Date };
  sort?: CaseSort;
  after?: CasePosition;
  limit: number;
}

/** What a status change writes to a case; a reassignment after a referral also moves it to another team. */
/** What a count of a queue takes: the queue's conditions without order or page. */
export type CaseCountCriteria = Omit<CaseListCriteria, 'sort' | 'after' | 'limit'>;

export type CaseChanges = Pick<
  CaseRecord,
  'status' | 'version' | 'assignee' | 'resolutionCode' | 'closedAt' | 'updatedAt'
> &
  Partial<Pick<CaseRecord, 'organisation' | 'team' | 'priority' | 'sla' | 'dueAt' | 'triageReasons'>> &
  Partial<Pick<CaseRecord, 'categoryMain' | 'categorySub' | 'sensitivity'>> &
  Partial<Pick<CaseRecord, 'slaWarnAt' | 'slaPausedAt' | 'slaWarnedAt' | 'slaEscalatedAt'>>;

export type NewCaseReport = Omit<CaseReportRecord, 'case'>;

/**
 * The cases and their reports. Every read takes the caller's scope and applies it in the query itself, so a
 * case outside the scope is not found, never found-then-refused.
 */
export abstract class CaseRepository {
  abstract findVisible(scope: CaseScope, caseId: string, tx?: EntityManager): Promise<CaseRecord | null>;

  /** A page in the criteria's order (default `opened_at DESC, id DESC`). */
  abstract list(scope: CaseScope, criteria: CaseListCriteria): Promise<CaseRecord[]>;

  /**
   * How many cases match, counted no further than `upTo` (a queue of 100,000 cases answers as fast as one of
   * 1,000): the exact number when it is at most `upTo`, otherwise `upTo + 1`. Sort, cursor and limit are ignored.
   */
  abstract countUpTo(scope: CaseScope, criteria: CaseCountCriteria, upTo: number): Promise<number>;

  /** Optimistic concurrency: changes the case only when it is still at `expectedVersion`; null when not. */
  abstract updateIfVersion(
    tx: EntityManager,
    caseId: string,
    expectedVersion: number,
    changes: CaseChanges,
  ): Promise<CaseRecord | null>;

  /**
   * Serialises, until the transaction ends, everything that records a case id or parks a report for it: a
   * report linked to a case that is still on its way (parked) and the case's arrival (which releases what is
   * parked) run on concurrent partitions and must not miss each other.
   */
  abstract lockCaseId(tx: EntityManager, caseId: string): Promise<void>;

  /** Stores a new case; false when a case with this id already exists (and leaves it as it is). */
  abstract insertIfAbsent(tx: EntityManager, record: CaseRecord): Promise<boolean>;

  /** Adds a report to a case; false when it is already in that case (a redelivered fact under a new event id). */
  abstract addReport(tx: EntityManager, report: NewCaseReport): Promise<boolean>;

  /** Takes a report out of a case (a coordinator unlinked it); false when it was not there. */
  abstract removeReport(tx: EntityManager, caseId: string, reportId: string): Promise<boolean>;

  /** Moves reports from one case to another (a coordinator merged the cases). */
  abstract moveReports(tx: EntityManager, fromCaseId: string, toCaseId: string, reportIds: readonly string[]): Promise<void>;

  abstract reportsOf(caseId: string): Promise<CaseReportRecord[]>;
}
