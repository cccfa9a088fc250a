import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseReportLinkedV1, EventEnvelope } from '@loket/contracts';
import { CatchUpReporter } from '../messages/catch-up-reporter';
import { CaseReportRecord } from './case-report.entity';
import { lockCases } from './reporter-locks';

/**
 * Routing linked a report to an existing case about the same incident: its reporter now follows that case
 * and hears back on it at their own level, from here on. They never learn who else reported.
 */
@Injectable()
export class LinkReporterWhenReportLinked {
  constructor(private readonly catchUp: CatchUpReporter) {}

  async handle(event: EventEnvelope<CaseReportLinkedV1>, tx: EntityManager): Promise<void> {
    const { caseId, report, linkedAt } = event.payload;
    await lockCases(tx, [caseId], [report.reportId]);
    await tx
      .createQueryBuilder()
      .insert()
      .into(CaseReportRecord)
      .values({ reportId: report.reportId, caseId, reporterRef: report.reporterRef, linkedAt: new Date(linkedAt) })
      .orIgnore()
      .execute();
    await this.catchUp.run(tx, report.reportId);
  }
}
