import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A stage of a case as reporters see it (`picked-up`, `waiting`, …), one per status change that made one. */
@Entity({ name: 'case_stages' })
@Index('idx_case_stages_case_id', ['caseId', 'occurredAt'])
export class CaseStageRecord {
  /** The `case.status-changed` event that made this stage: it triggers the stage's messages. */
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'stage', type: 'varchar', length: 32 })
  stage!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
