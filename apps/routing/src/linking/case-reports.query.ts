import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ProblemException } from '@loket/http';
import { CaseReportRecord } from '../cases/case-report.entity';
import { CaseRecord } from '../cases/case.entity';
import { RoutingDecisionRecord } from '../decisions/routing-decision.entity';
import { ReportLinkRecord } from './report-link.entity';

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
}

export interface CaseReportsView {
  caseId: string;
  status: 'open' | 'closed';
  reports: CaseReportView[];
}

/** Which reports belong to a case, oldest first, and how each came to belong to it. */
@Injectable()
export class CaseReportsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(caseId: string): Promise<CaseReportsView> {
    const tx = this.dataSource.manager;
    const kase = await tx.findOneBy(CaseRecord, { id: caseId });
    if (!kase) throw ProblemException.notFound(`No case ${caseId}`);
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
        };
      }),
    };
  }
}
