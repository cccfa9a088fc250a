import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Routing's view of a case: who owns it and which reports belong to it. The case work lives in the workbench. */
@Entity({ name: 'cases' })
@Index('idx_cases_open_category_opened', ['status', 'categoryMain', 'openedAt'])
@Index('idx_cases_updated', ['updatedAt'])
export class CaseRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation', type: 'varchar', length: 64 })
  organisation!: string;

  @Column({ name: 'team', type: 'varchar', length: 64 })
  team!: string;

  @Column({ name: 'priority', type: 'varchar', length: 16 })
  priority!: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status!: 'open' | 'closed';

  @Column({ name: 'category_main', type: 'varchar', length: 64 })
  categoryMain!: string;

  @Column({ name: 'category_sub', type: 'varchar', length: 64, nullable: true })
  categorySub!: string | null;

  @Column({ name: 'sensitivity', type: 'smallint' })
  sensitivity!: number;

  @Column({ name: 'lat', type: 'double precision' })
  lat!: number;

  @Column({ name: 'lon', type: 'double precision' })
  lon!: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'first_report_at', type: 'timestamptz' })
  firstReportAt!: Date;

  @Column({ name: 'last_report_at', type: 'timestamptz' })
  lastReportAt!: Date;

  /** The descriptions of its reports, joined (capped), for text similarity when linking new reports. */
  @Column({ name: 'link_text', type: 'text' })
  linkText!: string;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
