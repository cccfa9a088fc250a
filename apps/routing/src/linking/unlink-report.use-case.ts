import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import { CaseReportUnlinked } from '@loket/contracts';
import type { RoutableReport } from '../cases/routable-report';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { AreaDirectory } from '../areas/area-directory';
import { AdminAudit } from '../audit/admin-audit';
import { ActiveCategorySuggester } from '../catalogue/suggester-models/active-category-suggester';
import { CategoryChoiceService } from '../catalogue/category-choice';
import { attachmentsOf, CaseReportRecord } from '../cases/case-report.entity';
import { CaseRecord } from '../cases/case.entity';
import { OpenCase } from '../cases/open-case';
import { RoutingDecisionRecord } from '../decisions/routing-decision.entity';
import { lockCase, refreshCaseFromReports } from './case-report-set';
import { CorrectionExamples } from './learning/correction-examples';
import { ReportLinkRecord } from './report-link.entity';

export interface UnlinkReportCommand {
  caseId: string;
  reportId: string;
  reason: string;
}

export interface UnlinkedReportView {
  reportId: string;
  fromCaseId: string;
  newCaseId: string;
  reason: string;
  unlinkedAt: string;
}

/**
 * A coordinator takes a report out of its case: it concerns another incident. The report opens a case of its
 * own, decided by the published policy like any new report; the old case keeps its other reports.
 */
@Injectable()
export class UnlinkReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoryChoiceService,
    private readonly suggester: ActiveCategorySuggester,
    private readonly areas: AreaDirectory,
    private readonly openCase: OpenCase,
    private readonly outbox: Outbox,
    private readonly audit: AdminAudit,
    private readonly examples: CorrectionExamples,
  ) {}

  execute(actor: Principal, { caseId, reportId, reason }: UnlinkReportCommand): Promise<UnlinkedReportView> {
    return this.dataSource.transaction(async (tx) => {
      const from = await lockCase(tx, caseId);
      const member = from ? await tx.findOneBy(CaseReportRecord, { caseId, reportId }) : null;
      if (!from || !member) throw ProblemException.notFound(`Report ${reportId} is not in case ${caseId}`);
      if (from.status === 'closed') throw new ProblemException(409, 'case-closed', 'Case is closed', `Case ${caseId} is closed`);
      if ((await tx.countBy(CaseReportRecord, { caseId })) <= 1) {
        throw new ProblemException(400, 'only-report', 'Cannot unlink the only report', `Report ${reportId} is the only report of case ${caseId}`);
      }
      const link = await tx.findOneBy(ReportLinkRecord, { reportId });
      await this.examples.record(tx, { source: 'unlink', reportId, caseId, sameIncident: false, automaticLink: link?.automatic ?? false });
      const before = await this.forget(tx, member);
      const unlinkedAt = new Date();
      await refreshCaseFromReports(tx, caseId, unlinkedAt);
      const newCaseId = await this.openOwnCase(tx, from, member, `Unlinked from case ${from.id} by a coordinator: ${reason}`);
      const view: UnlinkedReportView = { reportId, fromCaseId: caseId, newCaseId, reason, unlinkedAt: unlinkedAt.toISOString() };
      await this.outbox.add(tx, CaseReportUnlinked, view);
      await this.audit.record(tx, actor, { action: 'case.report-unlinked', subjectType: 'case', subjectId: caseId, before, after: view });
      return view;
    });
  }

  /** Removes the report from its case and the record of how it got there; returns that record, for the audit. */
  async forget(tx: EntityManager, member: CaseReportRecord): Promise<Record<string, unknown>> {
    const link = await tx.findOneBy(ReportLinkRecord, { reportId: member.reportId });
    const decision = await tx.findOneBy(RoutingDecisionRecord, { reportId: member.reportId });
    await tx.delete(ReportLinkRecord, { reportId: member.reportId });
    await tx.delete(RoutingDecisionRecord, { reportId: member.reportId });
    await tx.delete(CaseReportRecord, { reportId: member.reportId });
    return {
      caseId: member.caseId,
      reportId: member.reportId,
      movedFromCaseId: member.movedFromCaseId,
      link: link ? { score: link.score, explanation: link.explanation, linkedAt: link.linkedAt } : null,
      decision: decision ? { caseId: decision.caseId, policyId: decision.policyId, policyVersion: decision.policyVersion, ruleId: decision.ruleId } : null,
    };
  }

  /** Opens a case of its own for a report taken out of `from`, decided by the published policy (case.opened). */
  async openOwnCase(tx: EntityManager, from: CaseRecord, member: CaseReportRecord, why: string): Promise<string> {
    const origin = member.origin;
    const report: RoutableReport = {
      reportId: member.reportId,
      reporterRef: member.reporterRef,
      description: member.description,
      category: origin ? origin.category : { main: from.categoryMain, ...(from.categorySub ? { sub: from.categorySub } : {}) },
      location: origin?.location ?? { lat: from.lat, lon: from.lon },
      ...(origin?.address ? { address: origin.address } : {}),
      submittedAt: member.submittedAt.toISOString(),
      reporterTier: origin?.reporterTier ?? 'resident',
      // Older rows do not know how the report came in; the web loket is where most did.
      channel: origin?.channel ?? 'web',
      ...(origin?.observedAt ? { observedAt: origin.observedAt } : {}),
      ...attachmentsOf(origin),
    };
    const { category, note } = this.categories.choose(report, await this.suggester.current(tx));
    const areaIds = await this.areas.areasAt(tx, report.location.lon, report.location.lat);
    return this.openCase.execute(tx, { report, category, areaIds, categoryNote: [why, note].filter(Boolean).join('\n'), possiblyRelatedCaseIds: [] });
  }
}
