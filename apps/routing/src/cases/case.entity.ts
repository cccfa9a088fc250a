import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseStatus } from '@loket/contracts';

/**
 * Who chose a case's category when it opened: the reporter (or the report it was split or unlinked from), the
 * suggester for a report without one, or nobody (the suggestions were too uncertain: "overig", to triage).
 */
export const CATEGORY_SOURCES = ['reporter', 'suggester', 'triage'] as const;
export type CategorySource = (typeof CATEGORY_SOURCES)[number];

/** Where the public map and "is it one of these?" look: open cases of sensitivity 1-2 only. */
export const PUBLIC_CASE_CONDITION = `status = 'open' AND sensitivity <= 2`;

/** Routing's view of a case: who owns it and which reports belong to it. The case work lives in the workbench. */
@Entity({ name: 'cases' })
@Index('idx_cases_open_category_opened', ['status', 'categoryMain', 'openedAt'])
@Index('idx_cases_updated', ['updatedAt'])
@Index('idx_cases_changed_in', ['changedIn'])
@Index('idx_cases_public_place', ['lat', 'lon'], { where: PUBLIC_CASE_CONDITION })
@Index('idx_cases_public_category_opened', ['categoryMain', 'openedAt'], { where: PUBLIC_CASE_CONDITION })
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

  /** The workbench's state of the case, as its status changes arrive (`new` until the first one). */
  @Column({ name: 'work_status', type: 'varchar', length: 16, default: 'new' })
  workStatus!: CaseStatus;

  /** When the workbench's state last changed (null until the first change): the neighbourhood digest's outcomes. */
  @Column({ name: 'work_status_at', type: 'timestamptz', nullable: true })
  workStatusAt!: Date | null;

  @Column({ name: 'category_main', type: 'varchar', length: 64 })
  categoryMain!: string;

  @Column({ name: 'category_sub', type: 'varchar', length: 64, nullable: true })
  categorySub!: string | null;

  @Column({ name: 'sensitivity', type: 'smallint' })
  sensitivity!: number;

  /** How the category was chosen when the case opened; null for cases opened before this was kept. */
  @Column({ name: 'category_source', type: 'varchar', length: 16, nullable: true })
  categorySource!: CategorySource | null;

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

  /** The transaction that last changed the row (its 64-bit id): set by a trigger, never written here (see CaseLinker). */
  @Column({ name: 'changed_in', type: 'bigint', nullable: true, select: false, insert: false, update: false })
  changedIn!: string | null;
}
