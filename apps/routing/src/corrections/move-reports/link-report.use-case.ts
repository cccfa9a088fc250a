import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import { CaseMerged } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { AdminAudit } from '../../audit/admin-audit';
import { CaseReportRecord } from '../../cases/case-report.entity';
import { CaseRecord } from '../../cases/case.entity';
import { refreshCaseFromReports } from '../../linking/case-report-set';
import { CorrectionExamples } from '../../linking/learning/correction-examples';
import { ReportLinkRecord } from '../../linking/report-link.entity';
import { lockForCorrection, problemOf, refuseClosed } from '../correction-refusal';
import { planLink } from './report-moves';
import { ReportMover } from './report-mover';

export interface LinkReportCommand {
  caseId: string;
  reportId: string;
  reason: string;
}

export interface LinkedReportView {
  reportId: string;
  fromCaseId: string;
  caseId: string;
  reason: string;
  /** The report was the last of its case: that case was merged into this one (and closed) instead of left empty. */
  fromCaseMerged: boolean;
  linkedAt: string;
}

/**
 * A coordinator moves a report from the case it is in into this case: it concerns this incident. Published as
 * `case.report-unlinked` (from the old case) and `case.report-linked` (to this one), so the workbench moves it
 * between case files and feedback moves its reporter. When it was the old case's last report, the old case
 * is merged into this one instead (`case.merged`: closed as merged, its reporter follows), never left empty.
 */
@Injectable()
export class LinkReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mover: ReportMover,
    private readonly outbox: Outbox,
    private readonly audit: AdminAudit,
    private readonly examples: CorrectionExamples,
  ) {}

  execute(actor: Principal, { caseId, reportId, reason }: LinkReportCommand): Promise<LinkedReportView> {
    return this.dataSource.transaction(async (tx) => {
      const seen = await tx.findOneBy(CaseReportRecord, { reportId });
      const locked = await lockForCorrection(tx, seen ? [caseId, seen.caseId] : [caseId]);
      const member = seen ? await tx.findOneBy(CaseReportRecord, { reportId }) : null;
      if (seen && member?.caseId !== seen.caseId) {
        throw ProblemException.conflict(`Report ${reportId} moved to another case while this request was made; look again`);
      }
      const sourceCount = member ? await tx.countBy(CaseReportRecord, { caseId: member.caseId }) : 0;
      const plan = planLink(caseId, reportId, member?.caseId ?? null, sourceCount);
      if (!plan.ok) throw problemOf(plan.refusal);
      const moving = member as CaseReportRecord; // planLink refused a report routing does not know
      const to = locked.get(caseId);
      const from = locked.get(plan.value.fromCaseId);
      refuseClosed(to);
      refuseClosed(from);
      const link = await tx.findOneBy(ReportLinkRecord, { reportId });
      await this.examples.record(tx, { source: 'move-out', reportId, caseId: from.id, sameIncident: false, automaticLink: link?.automatic ?? false });
      await this.examples.record(tx, { source: 'move-in', reportId, caseId, sameIncident: true, automaticLink: false });
      const at = new Date();
      const explanation = `Moved from case ${from.id} by coordinator ${actor.username}: ${reason}`;
      if (plan.value.emptiesSource) await this.mergeEmptied(tx, moving, from, to, reason, at);
      else await this.mover.move(tx, { member: moving, from, to, explanation, reason, at });
      await refreshCaseFromReports(tx, from.id, at);
      await refreshCaseFromReports(tx, to.id, at);
      const view: LinkedReportView = { reportId, fromCaseId: from.id, caseId, reason, fromCaseMerged: plan.value.emptiesSource, linkedAt: at.toISOString() };
      await this.audit.record(tx, actor, {
        action: 'case.report-moved',
        subjectType: 'case',
        subjectId: caseId,
        before: { reportId, caseId: from.id },
        after: view,
      });
      return view;
    });
  }

  /** The report was its case's last: that case merges into the target and closes, as a coordinator's merge would. */
  private async mergeEmptied(tx: EntityManager, member: CaseReportRecord, from: CaseRecord, to: CaseRecord, reason: string, at: Date): Promise<void> {
    await tx.update(CaseReportRecord, { reportId: member.reportId }, { caseId: to.id, movedFromCaseId: from.id });
    await tx.update(CaseRecord, { id: from.id }, { status: 'closed', closedAt: at, updatedAt: at });
    await this.outbox.add(tx, CaseMerged, {
      survivingCaseId: to.id,
      absorbedCaseId: from.id,
      reportIds: [member.reportId],
      reason: `Its only report was moved to case ${to.id}: ${reason}`,
      mergedAt: at.toISOString(),
    });
  }
}
