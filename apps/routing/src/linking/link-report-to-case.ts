import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseReportLinked } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { attachmentsOf, CaseReportRecord, originOf, provenanceOf } from '../cases/case-report.entity';
import { CaseRecord } from '../cases/case.entity';
import { RoutableReport } from '../cases/routable-report';
import { ReportLinkRecord } from './report-link.entity';

export interface LinkReportCommand {
  report: RoutableReport;
  areaIds: string[];
  caseId: string;
  score: number;
  explanation: string;
}

const MAX_LINK_TEXT = 4000;

/** Adds a report to the open case about the same incident, records why, and tells the other services. */
@Injectable()
export class LinkReportToCase {
  constructor(private readonly outbox: Outbox) {}

  async execute(tx: EntityManager, { report, areaIds, caseId, score, explanation }: LinkReportCommand): Promise<void> {
    const target = await tx.findOneOrFail(CaseRecord, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    const submittedAt = new Date(report.submittedAt);
    const linkedAt = new Date();
    await tx.insert(CaseReportRecord, { reportId: report.reportId, caseId, reporterRef: report.reporterRef, description: report.description, submittedAt, origin: originOf(report) });
    await tx.insert(ReportLinkRecord, { reportId: report.reportId, caseId, score, explanation, linkedAt, automatic: true });
    await tx.update(CaseRecord, { id: caseId }, {
      firstReportAt: submittedAt < target.firstReportAt ? submittedAt : target.firstReportAt,
      lastReportAt: submittedAt > target.lastReportAt ? submittedAt : target.lastReportAt,
      linkText: `${target.linkText}\n${report.description}`.slice(0, MAX_LINK_TEXT),
      updatedAt: linkedAt,
    });
    await this.outbox.add(tx, CaseReportLinked, {
      caseId,
      organisation: target.organisation,
      report: {
        reportId: report.reportId,
        reporterRef: report.reporterRef,
        description: report.description,
        location: report.location,
        ...(report.address ? { address: report.address } : {}),
        submittedAt: report.submittedAt,
        reporterTier: report.reporterTier,
        ...provenanceOf(report),
        areaIds,
        ...attachmentsOf(report),
      },
      score: Math.round(score * 1000) / 1000,
      explanation,
      linkedAt: linkedAt.toISOString(),
    });
  }
}
