import type { EntityManager } from 'typeorm';
import type { InsightFacts } from '@loket/insights';

export interface ProjectedReport {
  reportId: string;
  caseId: string;
  reporterRef: string;
  areaIds: string[];
  submittedAt: Date;
  linkedIntoExisting: boolean;
  placedAt: Date;
}

export interface ProjectedCase {
  caseId: string;
  categoryMain: string;
  areaIds: string[];
  submittedAt: Date;
  openedAt: Date;
}

export interface CaseMilestones {
  pickedUpAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
}

/**
 * The insights projection's persistence port. Every write is idempotent and order-tolerant (events of
 * different topics arrive in any order): a report keeps its latest placement, milestones keep their earliest
 * time, an answer its latest.
 */
export abstract class InsightStore {
  abstract placeReport(tx: EntityManager, report: ProjectedReport): Promise<void>;
  abstract addCase(tx: EntityManager, projected: ProjectedCase): Promise<void>;
  abstract reachMilestones(tx: EntityManager, caseId: string, milestones: CaseMilestones): Promise<void>;
  /** The case a report is in, when the projection knows the report. */
  abstract caseOfReport(tx: EntityManager, reportId: string): Promise<string | null>;
  abstract addDelivery(
    tx: EntityManager,
    delivery: { messageId: string; caseId: string; reporterRef: string; stage: string; deliveredAt: Date },
  ): Promise<void>;
  abstract recordAnswer(
    tx: EntityManager,
    answer: { caseId: string; reporterRef: string; satisfied: boolean; recordedAt: Date },
  ): Promise<void>;
  abstract addReopenRequest(
    tx: EntityManager,
    request: { requestId: string; caseId: string; reporterRef: string; requestedAt: Date },
  ): Promise<void>;
  abstract addMerge(
    tx: EntityManager,
    merge: { absorbedCaseId: string; survivingCaseId: string; mergedAt: Date },
  ): Promise<void>;
  /** The facts for reports submitted in [from, to): those reports, their cases and the cases opened then, and their feedback. */
  abstract factsBetween(from: Date, to: Date): Promise<InsightFacts>;
}
