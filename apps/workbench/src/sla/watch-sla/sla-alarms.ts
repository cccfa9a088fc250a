import type { EntityManager } from 'typeorm';

/** A case the SLA watch has just claimed a warning or an escalation for. */
export interface SlaAlarm {
  caseId: string;
  organisation: string;
  team: string;
  assignee: string | null;
  dueAt: Date;
}

/**
 * Claims the cases that need a warning or an escalation now, marking them in the same statement so each is
 * claimed once: rows another instance is working on are skipped (`FOR UPDATE SKIP LOCKED`), and a marked row
 * no longer matches. The claim and the timeline entries commit together.
 */
export abstract class SlaAlarms {
  /** Open, running (not waiting) cases past their warning moment, not yet warned and not yet breached. */
  abstract claimWarnings(tx: EntityManager, now: Date, limit: number): Promise<SlaAlarm[]>;

  /** Open, running cases past their due date, not yet escalated; one never warned will not be warned any more. */
  abstract claimEscalations(tx: EntityManager, now: Date, limit: number): Promise<SlaAlarm[]>;
}
