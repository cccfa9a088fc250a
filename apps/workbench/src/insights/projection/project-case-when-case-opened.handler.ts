import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseOpenedV1 } from '@loket/contracts';
import { InsightStore } from './insight-store';

/** Routing opened a case: insights count the case, in the cell of the report that opened it, and that report. */
@Injectable()
export class ProjectCaseWhenCaseOpened {
  constructor(private readonly store: InsightStore) {}

  async handle(event: CaseOpenedV1, tx: EntityManager): Promise<void> {
    const openedAt = new Date(event.openedAt);
    const { report } = event;
    await this.store.addCase(tx, {
      caseId: event.caseId,
      categoryMain: event.category.main,
      areaIds: [...report.areaIds],
      submittedAt: new Date(report.submittedAt),
      openedAt,
    });
    await this.store.placeReport(tx, {
      reportId: report.reportId,
      caseId: event.caseId,
      reporterRef: report.reporterRef,
      areaIds: [...report.areaIds],
      submittedAt: new Date(report.submittedAt),
      linkedIntoExisting: false,
      placedAt: openedAt,
    });
  }
}
