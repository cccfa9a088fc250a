import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { isContentReader, mayAccessCase, readIsOversight, type CaseFacts } from '@loket/need-to-know';
import { AdminAuditRecord } from '../audit/admin-audit.entity';
import { CaseReportRecord } from '../cases/case-report.entity';
import { CaseRecord } from '../cases/case.entity';
import { RoutingDecisionRecord } from '../decisions/routing-decision.entity';
import { ReportLinkRecord } from './report-link.entity';
import { CorrelationContext } from '@loket/observability';

export type JoinedHow = 'opened' | 'linked' | 'merged';

export interface CaseReportView {
  reportId: string;
  description: string;
  submittedAt: string;
  /** Opened the case (routed by policy), linked to it (same incident), or moved here when cases were merged. */
  joined: JoinedHow;
  movedFromCaseId: string | null;
  score: number | null;
  explanation: string | null;
  /** How the report joined by a link: by the linker (`automatic`, which a coordinator may confirm) or moved by a coordinator. */
  link: { automatic: boolean; confirmedAt: string | null; score: number; explanation: string } | null;
}

export interface CaseReportsView {
  caseId: string;
  status: 'open' | 'closed';
  reports: CaseReportView[];
}

/** The corrections of routing a coordinator makes (routing's admin audit names the case as their subject). */
const CORRECTIONS = ['case.rerouted', 'case.report-moved', 'case.report-unlinked', 'case.merged', 'case.split', 'case.link-confirmed'];

/**
 * Which reports belong to a case, oldest first, and how each came to belong to it — the reports' texts, so
 * need-to-know (`@loket/need-to-know`) decides who reads them: a coordinator the cases the coordinators hold
 * (the fallback's), cases in triage as routing knows it (new, opened by the fallback) and cases a coordinator
 * corrected; an administrator only with the `case-content-reader` role. Every read and every refusal is in
 * routing's admin audit (`case.reports-read`, `case.reports-read-refused`); a refused read answers as a missing
 * case does.
 */
@Injectable()
export class CaseReportsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(principal: Principal, caseId: string): Promise<CaseReportsView> {
    const tx = this.dataSource.manager;
    const kase = await tx.findOneBy(CaseRecord, { id: caseId });
    const facts = kase ? await this.factsOf(tx, kase) : null;
    if (!kase || !facts || !mayAccessCase(principal, facts, 'read')) {
      await this.recordRead(tx, principal, 'case.reports-read-refused', caseId, { why: kase ? 'out-of-reach' : 'not-found' });
      throw ProblemException.notFound(`No case ${caseId}`);
    }
    const view = await this.reportsOf(tx, kase);
    await this.recordRead(tx, principal, 'case.reports-read', caseId, {
      reports: view.reports.length,
      oversight: readIsOversight(principal, kase),
      contentReader: isContentReader(principal),
    });
    return view;
  }

  private async factsOf(tx: EntityManager, kase: CaseRecord): Promise<CaseFacts> {
    const [openedByFallback, corrected] = await Promise.all([
      kase.status === 'open' && kase.workStatus === 'new' ? tx.existsBy(RoutingDecisionRecord, { caseId: kase.id, ruleId: IsNull() }) : false,
      this.correctedByCoordinator(tx, kase.id),
    ]);
    return { organisation: kase.organisation, inTriage: openedByFallback, correctedByCoordinator: corrected };
  }

  /**
   * A correction was made to this case, or its recorded outcome names it (the case a split or unlink opened,
   * the case a merge absorbed).
   */
  private async correctedByCoordinator(tx: EntityManager, caseId: string): Promise<boolean> {
    const rows = (await tx.query(
      `SELECT 1 FROM admin_audit WHERE subject_type = 'case' AND action = ANY($2::text[])
          AND (subject_id = $1 OR strpos(after::text, $1) > 0 OR strpos(before::text, $1) > 0) LIMIT 1`,
      [caseId, CORRECTIONS],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Reads are audited like changes: who, when, which case; never the text. */
  private async recordRead(tx: EntityManager, actor: Principal, action: string, caseId: string, after: Record<string, unknown>): Promise<void> {
    await tx.insert(AdminAuditRecord, {
      actorSubject: actor.subject,
      actorUsername: actor.username,
      action,
      subjectType: 'case',
      subjectId: caseId,
      before: null,
      after: { ...after, roles: [...actor.roles] },
      correlationId: CorrelationContext.current()?.correlationId ?? null,
    });
  }

  private async reportsOf(tx: EntityManager, kase: CaseRecord): Promise<CaseReportsView> {
    const caseId = kase.id;
    const members = await tx.find(CaseReportRecord, { where: { caseId }, order: { submittedAt: 'ASC' } });
    const reportIds = members.map((m) => m.reportId);
    const links = new Map(reportIds.length ? (await tx.findBy(ReportLinkRecord, { reportId: In(reportIds) })).map((l) => [l.reportId, l]) : []);
    const decisions = new Map(reportIds.length ? (await tx.findBy(RoutingDecisionRecord, { reportId: In(reportIds) })).map((d) => [d.reportId, d]) : []);
    return {
      caseId,
      status: kase.status,
      reports: members.map((m) => {
        const link = links.get(m.reportId);
        const how: JoinedHow = m.movedFromCaseId ? 'merged' : link ? 'linked' : 'opened';
        return {
          reportId: m.reportId,
          description: m.description,
          submittedAt: m.submittedAt.toISOString(),
          joined: how,
          movedFromCaseId: m.movedFromCaseId,
          score: link?.score ?? null,
          explanation: link?.explanation ?? decisions.get(m.reportId)?.explanationText ?? null,
          link: link
            ? { automatic: link.automatic, confirmedAt: link.confirmedAt?.toISOString() ?? null, score: link.score, explanation: link.explanation }
            : null,
        };
      }),
    };
  }
}
