import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportRecord } from '../../reports/report.entity';

/**
 * A photo of a report, cleaned of all metadata before it was stored. Goes with its report. Its bytes are here
 * (`data`, the PostgreSQL store) or in an S3-compatible bucket under `object_key` (the S3 store): one or the other.
 */
@Entity({ name: 'report_photos' })
@Index('idx_report_photos_report', ['reportId'])
@Index('idx_report_photos_object_key', ['objectKey'], { unique: true })
@Check('chk_report_photos_bytes_in_one_place', '("data" IS NULL) <> ("object_key" IS NULL)')
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

  @Column({ name: 'data', type: 'bytea', nullable: true })
  data!: Buffer | null;

  /** The object's key in the photo bucket, when the bytes are there. */
  @Column({ name: 'object_key', type: 'varchar', length: 200, nullable: true })
  objectKey!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
