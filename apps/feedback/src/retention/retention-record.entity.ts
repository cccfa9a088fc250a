import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What the retention job removed for one report, and when: counts and field names, never the content. */
@Entity({ name: 'retention_log' })
@Index('idx_retention_log_report', ['reportId'])
export class RetentionRecord {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'case_closed_at', type: 'timestamptz' })
  caseClosedAt!: Date;

  @Column({ name: 'removed', type: 'jsonb' })
  removed!: { contactDetails: boolean; messages: number; notes: number; remarks?: number };

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;
}
