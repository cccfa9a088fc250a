import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A reporter's answer to "are you satisfied?" after their case closed: one per reporter per closure (the
 * `closed` stage's event), so a case closed again after reopening may be answered again.
 */
@Entity({ name: 'satisfaction_answers' })
@Index('uq_satisfaction_answers_closure', ['reportId', 'closureEventId'], { unique: true })
@Index('idx_satisfaction_answers_case', ['caseId'])
export class SatisfactionAnswerRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** The status-changed event that closed the case: the closure this answer is about. */
  @Column({ name: 'closure_event_id', type: 'uuid' })
  closureEventId!: string;

  @Column({ name: 'satisfied', type: 'boolean' })
  satisfied!: boolean;

  /** The reporter's own words, encrypted (`FieldCipher`); removed by retention and erasure. */
  @Column({ name: 'remark', type: 'text', nullable: true })
  remark!: string | null;

  /** The `feedback.reopen-requested` request id when the reporter asked to reopen the case. */
  @Column({ name: 'reopen_request_id', type: 'uuid', nullable: true })
  reopenRequestId!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
