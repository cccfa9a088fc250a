import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import { CaseMerged } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { AdminAudit } from '../audit/admin-audit';
import { CaseReportRecord } from '../cases/case-report.entity';
import { CaseRecord } from '../cases/case.entity';
import { CorrectionExamples } from './learning/correction-examples';
import { lockCase, refreshCaseFromReports } from './case-report-set';

export interface MergeCasesCommand {
  survivingCaseId: string;
  absorbedCaseId: string;
  reason: string;
}

export interface MergedCasesView {
  survivingCaseId: string;
  absorbedCaseId: string;
  reportIds: string[];
  reason: string;
  mergedAt: string;
}

/**
 * A coordinator merges two open cases about one incident: the absorbed case's reports move to the surviving
 * case and the absorbed case closes, so no new report links to it again.
 */
@Injectable()
export class MergeCases {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AdminAudit,
    private readonly examples: CorrectionExamples,
  ) {}

  execute(actor: Principal, { survivingCaseId, absorbedCaseId, reason }: MergeCasesCommand): Promise<MergedCasesView> {
    if (survivingCaseId === absorbedCaseId) {
      throw new ProblemException(409, 'same-case', 'Cannot merge a case into itself', `Case ${survivingCaseId} cannot absorb itself`);
    }
    return this.dataSource.transaction(async (tx) => {
      const { surviving, absorbed } = await this.lockBoth(tx, survivingCaseId, absorbedCaseId);
      for (const kase of [surviving, absorbed]) {
        if (kase.status === 'closed') throw new ProblemException(409, 'case-closed', 'Case is closed', `Case ${kase.id} is closed`);
      }
      const moved = await tx.find(CaseReportRecord, { where: { caseId: absorbedCaseId }, order: { submittedAt: 'ASC' } });
      for (const report of moved) {
        await this.examples.record(tx, { source: 'merge', reportId: report.reportId, caseId: survivingCaseId, sameIncident: true, automaticLink: false });
      }
      const mergedAt = new Date();
      await tx.update(CaseReportRecord, { caseId: absorbedCaseId }, { caseId: survivingCaseId, movedFromCaseId: absorbedCaseId });
      await tx.update(CaseRecord, { id: absorbedCaseId }, { status: 'closed', closedAt: mergedAt, updatedAt: mergedAt });
      await refreshCaseFromReports(tx, survivingCaseId, mergedAt);
      const view: MergedCasesView = { survivingCaseId, absorbedCaseId, reportIds: moved.map((r) => r.reportId), reason, mergedAt: mergedAt.toISOString() };
      await this.outbox.add(tx, CaseMerged, view);
      await this.audit.record(tx, actor, {
        action: 'case.merged',
        subjectType: 'case',
        subjectId: survivingCaseId,
        before: { [survivingCaseId]: 'open', [absorbedCaseId]: { status: 'open', reportIds: view.reportIds } },
        after: { [survivingCaseId]: { status: 'open', absorbed: absorbedCaseId, reason }, [absorbedCaseId]: 'closed' },
      });
      return view;
    });
  }

  /** Locks both cases in one order whatever the request's, so two opposite merges cannot deadlock. */
  private async lockBoth(tx: EntityManager, survivingCaseId: string, absorbedCaseId: string): Promise<{ surviving: CaseRecord; absorbed: CaseRecord }> {
    const locked = new Map<string, CaseRecord | null>();
    for (const id of [survivingCaseId, absorbedCaseId].sort()) locked.set(id, await lockCase(tx, id));
    const surviving = locked.get(survivingCaseId);
    const absorbed = locked.get(absorbedCaseId);
    if (!surviving) throw ProblemException.notFound(`No case ${survivingCaseId}`);
    if (!absorbed) throw ProblemException.notFound(`No case ${absorbedCaseId}`);
    return { surviving, absorbed };
  }
}
