import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RecordedAnswer } from '@loket/taxonomy';

/** A report as it was submitted. Contact details are not here: they are sealed for the feedback service. */
@Entity({ name: 'reports' })
@Index('idx_reports_submitted_at', ['submittedAt'])
export class ReportRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'reporter_ref', type: 'varchar', length: 80 })
  reporterRef!: string;

  /** `follow`: the reporter chose an open public case instead of describing the incident again. */
  @Column({ name: 'kind', type: 'varchar', length: 16, default: 'report' })
  kind!: 'report' | 'follow';

  /** The case a follow joins; null for an ordinary report. */
  @Column({ name: 'follows_case_id', type: 'uuid', nullable: true })
  followsCaseId!: string | null;

  /** Null for a follow, which has no text or place of its own. */
  @Column({ name: 'description', type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'category_main', type: 'varchar', length: 64, nullable: true })
  categoryMain!: string | null;

  @Column({ name: 'category_sub', type: 'varchar', length: 64, nullable: true })
  categorySub!: string | null;

  @Column({ name: 'lat', type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ name: 'lon', type: 'double precision', nullable: true })
  lon!: number | null;

  @Column({ name: 'reporter_tier', type: 'varchar', length: 20 })
  reporterTier!: string;

  @Column({ name: 'channel', type: 'varchar', length: 20 })
  channel!: string;

  /** The desk or phone agent who submitted for the resident (`channel` phone, desk or counter); null otherwise. */
  @Column({ name: 'submitted_by_subject', type: 'varchar', length: 200, nullable: true })
  submittedBySubject!: string | null;

  @Column({ name: 'submitted_by_username', type: 'varchar', length: 200, nullable: true })
  submittedByUsername!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** When it was seen, when the report says so apart from its submission (a forwarded chat message's time). */
  @Column({ name: 'observed_at', type: 'timestamptz', nullable: true })
  observedAt!: Date | null;

  /** The answers to the category's extra questions, with the questions as asked; null when there were none. */
  @Column({ name: 'answers', type: 'jsonb', nullable: true })
  answers!: RecordedAnswer[] | null;
}
