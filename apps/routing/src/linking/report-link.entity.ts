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
}
