import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What the retention job removed for one report, and when: counts and field names, never the content. */
@Entity({ name: 'retention_log' })
@Index('idx_retention_log_report', ['reportId'])
export class RetentionRecord {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  /** Null for a report that never joined a case (retained from when it was received). */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ name: 'case_closed_at', type: 'timestamptz', nullable: true })
  caseClosedAt!: Date | null;

  @Column({ name: 'removed', type: 'jsonb' })
  removed!: { contactDetails: boolean; messages: number; notes: number; remarks?: number };

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;
}
