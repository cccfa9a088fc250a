import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseReportLinkedV1 } from '@loket/contracts';

/**
 * A linked report whose case the workbench has not recorded yet (the two facts travel on different topics):
 * kept here and added to the case the moment its `case.opened` arrives. Nothing is lost, whatever the order.
 */
@Entity({ name: 'parked_linked_reports' })
@Index('idx_parked_linked_reports_case', ['caseId'])
export class ParkedLinkedReportRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'event', type: 'jsonb' })
  event!: CaseReportLinkedV1;
}
