import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Principal } from '@loket/auth';
import { CaseReportUnlinked } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { AdminAudit } from '../../audit/admin-audit';
import { CaseReportRecord } from '../../cases/case-report.entity';
import { CaseRecord } from '../../cases/case.entity';
import { refreshCaseFromReports } from '../../linking/case-report-set';
import { CorrectionExamples } from '../../linking/learning/correction-examples';
import { ReportLinkRecord } from '../../linking/report-link.entity';
import { UnlinkReport } from '../../linking/unlink-report.use-case';
import { lockForCorrection, problemOf, refuseClosed } from '../correction-refusal';
import { planSplit } from './report-moves';
import { ReportMover } from './report-mover';

export interface SplitCaseCommand {
  caseId: string;
  reportIds: string[];
  reason: string;
}

export interface SplitCaseView {
  caseId: string;
  newCaseId: string;
  /** The reports now in the new case; the first (oldest) opened it. */
  reportIds: string[];
  reason: string;
  splitAt: string;
}

/**
 * A coordinator splits reports off a case into one new case: they concern another incident. The oldest of them
 * opens the new case as an unlinked report would (the published policy decides who gets it: `case.opened`,
 * `case.report-unlinked`); the others move into it (`case.report-unlinked` + `case.report-linked`), each with
 * who and why. The case keeps at least one report.
 */
@Injectable()
export class SplitCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unlink: UnlinkReport,
    private readonly mover: ReportMover,
    private readonly outbox: Outbox,
    private readonly audit: AdminAudit,
    private readonly examples: CorrectionExamples,
  ) {}

  execute(actor: Principal, { caseId, reportIds, reason }: SplitCaseCommand): Promise<SplitCaseView> {
    return this.dataSource.transaction(async (tx) => {
      const from = (await lockForCorrection(tx, [caseId])).get(caseId);
      refuseClosed(from);
      const members = await tx.find(CaseReportRecord, { where: { caseId }, order: { submittedAt: 'ASC', reportId: 'ASC' } });
      const plan = planSplit(caseId, members.map((m) => m.reportId), reportIds);
      if (!plan.ok) throw problemOf(plan.refusal);
      const byId = new Map(members.map((m) => [m.reportId, m]));
      const automatic = new Set(
        (await tx.findBy(ReportLinkRecord, { reportId: In(plan.value), automatic: true })).map((link) => link.reportId),
      );
      for (const reportId of plan.value) {
        const example = { source: 'split', reportId, caseId, sameIncident: false, automaticLink: automatic.has(reportId), without: plan.value } as const;
        await this.examples.record(tx, example);
      }
      const [opener, ...rest] = plan.value.flatMap((id) => byId.get(id) ?? []);
      const at = new Date();
      const why = `Split off case ${caseId} by coordinator ${actor.username}: ${reason}`;
      const before = [await this.unlink.forget(tx, opener)];
      const newCaseId = await this.unlink.openOwnCase(tx, from, opener, why);
      await this.outbox.add(tx, CaseReportUnlinked, { fromCaseId: caseId, reportId: opener.reportId, newCaseId, reason, unlinkedAt: at.toISOString() });
      const to = await tx.findOneByOrFail(CaseRecord, { id: newCaseId });
      for (const member of rest) {
        before.push({ caseId, reportId: member.reportId });
        await this.mover.move(tx, { member, from, to, explanation: why, reason, at });
      }
      await refreshCaseFromReports(tx, caseId, at);
      await refreshCaseFromReports(tx, newCaseId, at);
      const view: SplitCaseView = { caseId, newCaseId, reportIds: plan.value, reason, splitAt: at.toISOString() };
      await this.audit.record(tx, actor, { action: 'case.split', subjectType: 'case', subjectId: caseId, before: { reports: before }, after: view });
      return view;
    });
  }
}
