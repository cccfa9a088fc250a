import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What an erasure the reporter asked for removed, and when: counts and field names, never the content. */
@Entity({ name: 'erasure_log' })
@Index('idx_erasure_log_report', ['reportId'])
export class ErasureRecord {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'removed', type: 'jsonb' })
  removed!: { contactDetails: boolean; messages: number; remarks: number; notes: number; trackingCode: boolean };

  @Column({ name: 'erased_at', type: 'timestamptz' })
  erasedAt!: Date;
}
