import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseReportLinkedV1 } from '@loket/contracts';
import { InsightStore } from './insight-store';

/** Routing linked a report into an existing case: insights count it as a report that did not open a case. */
@Injectable()
export class ProjectReportWhenReportLinked {
  constructor(private readonly store: InsightStore) {}

  async handle(event: CaseReportLinkedV1, tx: EntityManager): Promise<void> {
    const { report } = event;
    await this.store.placeReport(tx, {
      reportId: report.reportId,
      caseId: event.caseId,
      reporterRef: report.reporterRef,
      areaIds: [...report.areaIds],
      submittedAt: new Date(report.submittedAt),
      linkedIntoExisting: true,
      placedAt: new Date(event.linkedAt),
    });
  }
}
