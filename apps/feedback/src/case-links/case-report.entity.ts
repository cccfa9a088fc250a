import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Which case a report (and so its reporter) belongs to. Either side may be known first. */
@Entity({ name: 'case_reports' })
@Index('idx_case_reports_case_id', ['caseId'])
export class CaseReportRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'reporter_ref', type: 'varchar', length: 80 })
  reporterRef!: string;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;
}
