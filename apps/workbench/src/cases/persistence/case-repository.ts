import type { EntityManager } from 'typeorm';
import type { CaseStatus } from '@loket/contracts';
import type { CaseScope } from '../case-scope';
import type { CaseReportRecord } from './case-report.entity';
import type { CaseRecord } from './case.entity';

/** Where a page of a queue continues: after this case in `opened_at DESC, id DESC` order. */
export interface CasePosition {
  openedAt: Date;
  id: string;
}

export interface CaseListCriteria {
  status?: CaseStatus;
  team?: string;
  assignee?: string;
  after?: CasePosition;
  limit: number;
}

/** What a status change writes to a case; a reassignment after a referral also moves it to another team. */
export type CaseChanges = Pick<
  CaseRecord,
  'status' | 'version' | 'assignee' | 'resolutionCode' | 'closedAt' | 'updatedAt'
> &
  Partial<Pick<CaseRecord, 'organisation' | 'team' | 'priority' | 'sla' | 'dueAt'>> &
  Partial<Pick<CaseRecord, 'slaWarnAt' | 'slaPausedAt' | 'slaWarnedAt' | 'slaEscalatedAt'>>;

export type NewCaseReport = Omit<CaseReportRecord, 'case'>;

/**
 * The cases and their reports. Every read takes the caller's scope and applies it in the query itself, so a
 * case outside the scope is not found, never found-then-refused.
 */
export abstract class CaseRepository {
  abstract findVisible(scope: CaseScope, caseId: string, tx?: EntityManager): Promise<CaseRecord | null>;

  /** A page in `opened_at DESC, id DESC` order. */
  abstract list(scope: CaseScope, criteria: CaseListCriteria): Promise<CaseRecord[]>;

  /** Optimistic concurrency: changes the case only when it is still at `expectedVersion`; null when not. */
  abstract updateIfVersion(
    tx: EntityManager,
    caseId: string,
    expectedVersion: number,
    changes: CaseChanges,
  ): Promise<CaseRecord | null>;

  /** Stores a new case; false when a case with this id already exists (and leaves it as it is). */
  abstract insertIfAbsent(tx: EntityManager, record: CaseRecord): Promise<boolean>;

  abstract addReport(tx: EntityManager, report: NewCaseReport): Promise<void>;

  /** Takes a report out of a case (a coordinator unlinked it); false when it was not there. */
  abstract removeReport(tx: EntityManager, caseId: string, reportId: string): Promise<boolean>;

  /** Moves reports from one case to another (a coordinator merged the cases). */
  abstract moveReports(tx: EntityManager, fromCaseId: string, toCaseId: string, reportIds: readonly string[]): Promise<void>;

  abstract reportsOf(caseId: string): Promise<CaseReportRecord[]>;
}
