import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseReportUnlinkedV1, EventEnvelope } from '@loket/contracts';
import { CatchUpReporter } from '../messages/catch-up-reporter';
import { CaseReportRecord } from './case-report.entity';
import { lockCases } from './reporter-locks';

/**
 * A coordinator unlinked a report from its case: its reporter now follows the report's own case and hears
 * back on that one. Whether the new case's `case.opened` came first or comes later, the report ends there.
 */
@Injectable()
export class MoveReporterWhenReportUnlinked {
  constructor(private readonly catchUp: CatchUpReporter) {}

  async handle(event: EventEnvelope<CaseReportUnlinkedV1>, tx: EntityManager): Promise<void> {
    const { fromCaseId, reportId, newCaseId, unlinkedAt } = event.payload;
    await lockCases(tx, [fromCaseId, newCaseId], [reportId]);
    await tx.update(CaseReportRecord, { reportId, caseId: fromCaseId }, { caseId: newCaseId, linkedAt: new Date(unlinkedAt) });
    await this.catchUp.run(tx, reportId);
  }
}
