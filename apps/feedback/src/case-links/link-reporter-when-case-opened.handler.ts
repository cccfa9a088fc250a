import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseOpenedV1, EventEnvelope } from '@loket/contracts';
import { CatchUpReporter } from '../messages/catch-up-reporter';
import { CaseReportRecord } from './case-report.entity';
import { CaseRecord } from './case.entity';
import { lockCases } from './reporter-locks';

/**
 * Routing opened a case for a report: remember the case's sensitivity and organisation and which report
 * (reporter) belongs to it, then bring every reporter of the case up to date — their details, later reports
 * linked to the case and its stages may all have arrived first.
 */
@Injectable()
export class LinkReporterWhenCaseOpened {
  constructor(private readonly catchUp: CatchUpReporter) {}

  async handle(event: EventEnvelope<CaseOpenedV1>, tx: EntityManager): Promise<void> {
    const { caseId, organisation, category, report, openedAt } = event.payload;
    // the case's reports: those linked before it was opened here, and the one that opened it
    const reports = await lockCases(tx, [caseId], [report.reportId]);
    await tx
      .createQueryBuilder()
      .insert()
      .into(CaseRecord)
      .values({
        caseId,
        organisation,
        categoryMain: category.main,
        categorySub: category.sub ?? null,
        sensitivity: category.sensitivity,
        openedAt: new Date(openedAt),
        organisationSince: new Date(openedAt),
      })
      .orIgnore()
      .execute();
    await tx
      .createQueryBuilder()
      .insert()
      .into(CaseReportRecord)
      .values({ reportId: report.reportId, caseId, reporterRef: report.reporterRef, linkedAt: new Date(openedAt) })
      .orIgnore()
      .execute();
    await this.catchUp.runFor(tx, reports);
  }
}
