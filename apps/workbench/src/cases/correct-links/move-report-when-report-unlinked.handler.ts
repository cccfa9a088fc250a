import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseReportUnlinkedV1 } from '@loket/contracts';
import { RecordReportWhenReportLinked } from '../link-report/record-report-when-report-linked.handler';
import { CaseJournal } from '../persistence/case-journal';
import { CaseRepository } from '../persistence/case-repository';

/**
 * A coordinator unlinked a report from its case: the old case file no longer shows it, and its timeline says
 * where it went. The report's own case arrives as an ordinary `case.opened`.
 */
@Injectable()
export class MoveReportWhenReportUnlinked {
  constructor(
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
    private readonly linkedReports: RecordReportWhenReportLinked,
  ) {}

  async handle(event: CaseReportUnlinkedV1, tx: EntityManager): Promise<void> {
    await this.cases.lockCaseId(tx, event.fromCaseId);
    const from = await this.cases.findVisible({ kind: 'all' }, event.fromCaseId, tx);
    if (!from) {
      await this.linkedReports.forgetParked(tx, event.fromCaseId, event.reportId);
      return;
    }
    if (!(await this.cases.removeReport(tx, event.fromCaseId, event.reportId))) return;
    await this.journal.record(tx, {
      caseId: event.fromCaseId,
      kind: 'report-unlinked',
      details: { reportId: event.reportId, newCaseId: event.newCaseId, reason: event.reason },
      actorSubject: null,
      actorUsername: null,
      actorOrganisation: null,
      visibleToOrganisation: null,
      caseVersion: from.version,
      occurredAt: new Date(event.unlinkedAt),
    });
  }
}
