import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A report that joined an existing case because it concerns the same incident, and why. */
@Entity({ name: 'report_links' })
@Index('idx_report_links_case', ['caseId'])
export class ReportLinkRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'score', type: 'double precision' })
  score!: number;

  @Column({ name: 'explanation', type: 'text' })
  explanation!: string;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;

  /** True when the linker made the link; false when a coordinator moved the report here. */
  @Column({ name: 'automatic', type: 'boolean', default: false })
  automatic!: boolean;

  /** When a coordinator confirmed an automatic link (a labelled example: the linker was right). */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;
}
