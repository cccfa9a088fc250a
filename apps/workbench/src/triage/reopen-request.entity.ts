import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const REOPEN_REQUEST_STATUSES = ['pending', 'granted', 'declined'] as const;
export type ReopenRequestStatus = (typeof REOPEN_REQUEST_STATUSES)[number];

/**
 * A reporter's request to reopen their closed case (from `loket.feedback.reopen-requested.v1`), waiting in the
 * coordinators' triage queue until a coordinator grants or declines it. No reporter reference is kept: the
 * workbench needs what was asked, not who asked. The remark arrives redacted.
 */
@Entity({ name: 'reopen_requests' })
@Index('idx_reopen_requests_case_status', ['caseId', 'status', 'requestedAt'])
export class ReopenRequestRecord {
  @PrimaryColumn({ name: 'request_id', type: 'uuid', primaryKeyConstraintName: 'pk_reopen_requests' })
  requestId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'remark', type: 'text', nullable: true })
  remark!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status!: ReopenRequestStatus;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 100, nullable: true })
  decidedBy!: string | null;

  /** Why a coordinator declined (kept internal, never sent to the reporter). */
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;
}
