import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { CaseMergedV1, EventEnvelope } from '@loket/contracts';
import { CatchUpReporter } from '../messages/catch-up-reporter';
import { CaseReportRecord } from './case-report.entity';
import { lockCases } from './reporter-locks';

/**
 * A coordinator merged two cases: every reporter of the absorbed case now follows the surviving case and
 * hears back on it at their own level. They never learn who else reported.
 */
@Injectable()
export class MoveReportersWhenCasesMerged {
  constructor(private readonly catchUp: CatchUpReporter) {}

  async handle(event: EventEnvelope<CaseMergedV1>, tx: EntityManager): Promise<void> {
    const { survivingCaseId, absorbedCaseId, reportIds, mergedAt } = event.payload;
    if (!reportIds.length) return;
    await lockCases(tx, [survivingCaseId, absorbedCaseId], reportIds);
    await tx.update(CaseReportRecord, { caseId: absorbedCaseId, reportId: In(reportIds) }, { caseId: survivingCaseId, linkedAt: new Date(mergedAt) });
    for (const reportId of reportIds) await this.catchUp.run(tx, reportId);
  }
}
