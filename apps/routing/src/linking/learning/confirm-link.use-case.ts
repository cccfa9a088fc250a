import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AdminAudit } from '../../audit/admin-audit';
import { lockCase } from '../case-report-set';
import { ReportLinkRecord } from '../report-link.entity';
import { CorrectionExamples } from './correction-examples';

export interface ConfirmedLinkView {
  reportId: string;
  caseId: string;
  confirmedAt: string;
}

/**
 * A coordinator confirms that the linker was right to put a report in this case. The confirmation is kept as a
 * labelled example and counts as a confirmed link in the measured precision of automatic links.
 */
@Injectable()
export class ConfirmLink {
  constructor(
    private readonly dataSource: DataSource,
    private readonly examples: CorrectionExamples,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal, caseId: string, reportId: string): Promise<ConfirmedLinkView> {
    return this.dataSource.transaction(async (tx) => {
      const kase = await lockCase(tx, caseId);
      const link = kase ? await tx.findOneBy(ReportLinkRecord, { reportId, caseId }) : null;
      if (!kase || !link) throw ProblemException.notFound(`Report ${reportId} was not linked to case ${caseId}`);
      if (!link.automatic) {
        throw new ProblemException(409, 'not-automatic', 'Not an automatic link', `Report ${reportId} was put in case ${caseId} by a coordinator, not by the linker`);
      }
      if (link.confirmedAt) {
        throw new ProblemException(409, 'already-confirmed', 'Already confirmed', `The link of report ${reportId} was confirmed at ${link.confirmedAt.toISOString()}`);
      }
      const confirmedAt = new Date();
      await this.examples.record(tx, { source: 'confirm', reportId, caseId, sameIncident: true, automaticLink: true });
      await tx.update(ReportLinkRecord, { reportId }, { confirmedAt });
      const view: ConfirmedLinkView = { reportId, caseId, confirmedAt: confirmedAt.toISOString() };
      await this.audit.record(tx, actor, { action: 'case.link-confirmed', subjectType: 'case', subjectId: caseId, before: { reportId, confirmedAt: null }, after: view });
      return view;
    });
  }
}
