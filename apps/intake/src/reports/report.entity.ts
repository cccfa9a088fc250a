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

  @Column({ name: 'description', type: 'text' })
  description!: string;

  @Column({ name: 'category_main', type: 'varchar', length: 64, nullable: true })
  categoryMain!: string | null;

  @Column({ name: 'category_sub', type: 'varchar', length: 64, nullable: true })
  categorySub!: string | null;

  @Column({ name: 'lat', type: 'double precision' })
  lat!: number;

  @Column({ name: 'lon', type: 'double precision' })
  lon!: number;

  @Column({ name: 'reporter_tier', type: 'varchar', length: 20 })
  reporterTier!: string;

  @Column({ name: 'channel', type: 'varchar', length: 20 })
  channel!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** The answers to the category's extra questions, with the questions as asked; null when there were none. */
  @Column({ name: 'answers', type: 'jsonb', nullable: true })
  answers!: RecordedAnswer[] | null;
}
