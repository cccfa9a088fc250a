import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Which case a report belongs to. A report belongs to exactly one case. */
@Entity({ name: 'case_reports' })
@Index('idx_case_reports_case', ['caseId'])
export class CaseReportRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'reporter_ref', type: 'varchar', length: 80 })
  reporterRef!: string;

  @Column({ name: 'description', type: 'text' })
  description!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'linked_at', type: 'timestamptz', default: () => 'now()' })
  linkedAt!: Date;
}
