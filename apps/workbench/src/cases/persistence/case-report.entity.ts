import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ReportAnswerV1, ReportChannel, ReporterTier, ReportPhotoV1 } from '@loket/contracts';
import { CaseRecord } from './case.entity';

/**
 * A report of a case, as routing passed it on. The reporter's pseudonym (reporterRef) is deliberately not
 * kept: the workbench never needs to know who reported, only what. Keyed by case and report: routing owns
 * which report belongs to which case, and the workbench records every case routing opens rather than
 * refusing one whose report it already knows from another case.
 */
@Entity({ name: 'case_reports' })
@Index('idx_case_reports_report', ['reportId'])
// GIN indexes TypeORM cannot declare; created by the QueueFilters migration, kept by synchronize: false.
@Index('idx_case_reports_description_fts', { synchronize: false })
@Index('idx_case_reports_area_ids', { synchronize: false })
export class CaseReportRecord {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'pk_case_reports' })
  caseId!: string;

  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'pk_case_reports' })
  reportId!: string;

  @ManyToOne(() => CaseRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_reports_case' })
  case?: CaseRecord;

  @Column({ name: 'description', type: 'text' })
  description!: string;

  @Column({ name: 'category_main', type: 'varchar', length: 64 })
  categoryMain!: string;

  @Column({ name: 'category_sub', type: 'varchar', length: 64, nullable: true })
  categorySub!: string | null;

  @Column({ name: 'lat', type: 'double precision' })
  lat!: number;

  @Column({ name: 'lon', type: 'double precision' })
  lon!: number;

  @Column({ name: 'area_ids', type: 'text', array: true })
  areaIds!: string[];

  @Column({ name: 'reporter_tier', type: 'varchar', length: 20 })
  reporterTier!: ReporterTier;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** How it came in (web, chat, phone, desk, …); null when routing did not say (older events). */
  @Column({ name: 'channel', type: 'varchar', length: 20, nullable: true })
  channel!: ReportChannel | null;

  /** When it was seen, when the report knows that apart from its submission (a forwarded chat message's time). */
  @Column({ name: 'observed_at', type: 'timestamptz', nullable: true })
  observedAt!: Date | null;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;

  /** The reporter's answers to the category's extra questions, with the questions as asked. */
  @Column({ name: 'answers', type: 'jsonb', default: () => "'[]'" })
  answers!: ReportAnswerV1[];

  /** The report's photos (ids and sizes; the bytes stay in intake and are fetched with a signed link). */
  @Column({ name: 'photos', type: 'jsonb', default: () => "'[]'" })
  photos!: ReportPhotoV1[];
}
