/**
 * What insights are computed from: facts taken from events, with no free text and no contact details. A
 * reporter is known only by the pseudonymous `reporterRef` the events carry, and only to count distinct
 * reporters.
 */

/** A report as it was placed in a case. */
export interface ReportFact {
  reportId: string;
  caseId: string;
  reporterRef: string;
  /** The areas (buurt, wijk, custom) the report lies in; none when it lies outside every known area. */
  areaIds: readonly string[];
  /** The main category of the case the report belongs to. */
  category: string;
  submittedAt: Date;
  /** True when routing linked the report into an existing case, false when the report opened its case. */
  linkedIntoExisting: boolean;
}

/**
 * A case, placed in the cell of the report that opened it (its areas, category and submission time), with
 * its milestones: `pickedUpAt` the first move to `assigned` or `in_progress`, `resolvedAt` the first move to
 * `resolved`, `closedAt` the first move to `closed`.
 */
export interface CaseFact {
  caseId: string;
  areaIds: readonly string[];
  category: string;
  /** When the report that opened the case was submitted: the case's period. */
  submittedAt: Date;
  openedAt: Date;
  dueAt: Date | null;
  pickedUpAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
}

/** The feedback stages that tell a reporter the outcome: a delivered message at one of these closes the loop. */
export const LOOP_CLOSING_STAGES: readonly string[] = ['resolved', 'closed'];

/** A reporter was delivered a message about a case (only loop-closing stages count). */
export interface DeliveryFact {
  caseId: string;
  reporterRef: string;
  stage: string;
}

/** A reporter's answer to "are you satisfied?" about a case; a later answer replaces an earlier one. */
export interface SatisfactionFact {
  caseId: string;
  reporterRef: string;
  satisfied: boolean;
  recordedAt: Date;
}

/** A reporter asked for a closed case to be reopened. */
export interface ReopenRequestFact {
  caseId: string;
  reporterRef: string;
}

export interface InsightFacts {
  reports: readonly ReportFact[];
  /** The cases of the selection, and at least every case a selected report belongs to. */
  cases: readonly CaseFact[];
  deliveries: readonly DeliveryFact[];
  answers: readonly SatisfactionFact[];
  reopenRequests: readonly ReopenRequestFact[];
}
