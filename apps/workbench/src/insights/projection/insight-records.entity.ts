import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// The insights projection: facts taken from case and feedback events, no free text and no contact details.
// A reporter appears only as the pseudonymous reporterRef the events carry, kept to count distinct reporters.

/** A report and the case it is in now (a later placement, e.g. after an unlink, replaces an earlier one). */
@Entity({ name: 'insight_reports' })
@Index('idx_insight_reports_submitted', ['submittedAt'])
@Index('idx_insight_reports_case', ['caseId'])
export class InsightReportRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'pk_insight_reports' })
  reportId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'reporter_ref', type: 'varchar', length: 80 })
  reporterRef!: string;

  @Column({ name: 'area_ids', type: 'text', array: true })
  areaIds!: string[];

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'linked_into_existing', type: 'boolean' })
  linkedIntoExisting!: boolean;

  /** When routing placed the report in its case (opened or linked): the latest placement wins. */
  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;
}

/**
 * A case, in the cell of the report that opened it. Its due date is not copied: insights read the case's own
 * (`cases.due_at`, which the SLA work keeps), recorded from the same event in the same transaction.
 */
@Entity({ name: 'insight_cases' })
@Index('idx_insight_cases_submitted', ['submittedAt'])
export class InsightCaseRecord {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'pk_insight_cases' })
  caseId!: string;

  @Column({ name: 'category_main', type: 'varchar', length: 64 })
  categoryMain!: string;

  @Column({ name: 'area_ids', type: 'text', array: true })
  areaIds!: string[];

  /** When the report that opened the case was submitted. */
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;
}

/** The first time a case was picked up (assigned or in_progress), resolved and closed. */
@Entity({ name: 'insight_case_milestones' })
export class InsightCaseMilestonesRecord {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'pk_insight_case_milestones' })
  caseId!: string;

  @Column({ name: 'picked_up_at', type: 'timestamptz', nullable: true })
  pickedUpAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}

/** A delivered message at a loop-closing stage (other stages are not kept). */
@Entity({ name: 'insight_deliveries' })
@Index('idx_insight_deliveries_case', ['caseId'])
export class InsightDeliveryRecord {
  @PrimaryColumn({ name: 'message_id', type: 'uuid', primaryKeyConstraintName: 'pk_insight_deliveries' })
  messageId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'reporter_ref', type: 'varchar', length: 80 })
  reporterRef!: string;

  @Column({ name: 'stage', type: 'varchar', length: 32 })
  stage!: string;

  @Column({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt!: Date;
}

/** A reporter's latest satisfaction answer about a case (the remark stays with the feedback service). */
@Entity({ name: 'insight_satisfaction' })
export class InsightSatisfactionRecord {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'pk_insight_satisfaction' })
  caseId!: string;

  @PrimaryColumn({
    name: 'reporter_ref',
    type: 'varchar',
    length: 80,
    primaryKeyConstraintName: 'pk_insight_satisfaction',
  })
  reporterRef!: string;

  @Column({ name: 'satisfied', type: 'boolean' })
  satisfied!: boolean;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** A reporter's request to reopen a closed case (the remark is not kept here). */
@Entity({ name: 'insight_reopen_requests' })
@Index('idx_insight_reopen_requests_case', ['caseId'])
export class InsightReopenRequestRecord {
  @PrimaryColumn({ name: 'request_id', type: 'uuid', primaryKeyConstraintName: 'pk_insight_reopen_requests' })
  requestId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'reporter_ref', type: 'varchar', length: 80 })
  reporterRef!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;
}

/**
 * A coordinator merged a case into another: its reports count in the surviving case, as reports that joined
 * an existing case, and the absorbed case no longer counts as a case of its own.
 */
@Entity({ name: 'insight_case_merges' })
export class InsightCaseMergeRecord {
  @PrimaryColumn({
    name: 'absorbed_case_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_insight_case_merges',
  })
  absorbedCaseId!: string;

  @Column({ name: 'surviving_case_id', type: 'uuid' })
  survivingCaseId!: string;

  @Column({ name: 'merged_at', type: 'timestamptz' })
  mergedAt!: Date;
}

export const INSIGHT_ENTITIES = [
  InsightCaseMergeRecord,
  InsightReportRecord,
  InsightCaseRecord,
  InsightCaseMilestonesRecord,
  InsightDeliveryRecord,
  InsightSatisfactionRecord,
  InsightReopenRequestRecord,
];
