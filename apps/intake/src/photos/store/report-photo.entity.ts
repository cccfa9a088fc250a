import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportRecord } from '../../reports/report.entity';

/** A photo of a report, cleaned of all metadata before it was stored. Goes with its report. */
@Entity({ name: 'report_photos' })
@Index('idx_report_photos_report', ['reportId'])
export class ReportPhotoRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'pk_report_photos' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => ReportRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_report_photos_report' })
  report?: ReportRecord;

  /** 1, 2 or 3: the order the reporter gave them in. */
  @Column({ name: 'position', type: 'smallint' })
  position!: number;

  @Column({ name: 'content_type', type: 'varchar', length: 40 })
  contentType!: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  @Column({ name: 'width', type: 'integer' })
  width!: number;

  @Column({ name: 'height', type: 'integer' })
  height!: number;

  @Column({ name: 'sha256', type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'data', type: 'bytea' })
  data!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
