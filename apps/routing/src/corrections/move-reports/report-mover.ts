import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseReportLinked, CaseReportUnlinked } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { AreaDirectory } from '../../areas/area-directory';
import { attachmentsOf, CaseReportRecord, provenanceOf } from '../../cases/case-report.entity';
import { CaseRecord } from '../../cases/case.entity';
import { ReportLinkRecord } from '../../linking/report-link.entity';

export interface ReportMove {
  member: CaseReportRecord;
  from: CaseRecord;
  to: CaseRecord;
  /** Who moved it and why, as the target case's link explanation. */
  explanation: string;
  reason: string;
  at: Date;
}

/**
 * Moves a report from one case into another on a coordinator's word: the report belongs to the target now
 * (linked, score 1, with who and why), and the other services hear it as `case.report-unlinked` from the old
 * case (to the target) and `case.report-linked` to the target. Both are keyed and applied by case and report,
 * so they hold whichever arrives first. The caller has locked both cases and refreshes them afterwards.
 */
@Injectable()
export class ReportMover {
  constructor(
    private readonly outbox: Outbox,
    private readonly areas: AreaDirectory,
  ) {}

  async move(tx: EntityManager, { member, from, to, explanation, reason, at }: ReportMove): Promise<void> {
    await tx.update(CaseReportRecord, { reportId: member.reportId }, { caseId: to.id, movedFromCaseId: null, linkedAt: at });
    await tx.delete(ReportLinkRecord, { reportId: member.reportId });
    await tx.insert(ReportLinkRecord, { reportId: member.reportId, caseId: to.id, score: 1, explanation, linkedAt: at });
    await this.outbox.add(tx, CaseReportUnlinked, { fromCaseId: from.id, reportId: member.reportId, newCaseId: to.id, reason, unlinkedAt: at.toISOString() });
    const location = member.origin?.location ?? { lat: from.lat, lon: from.lon };
    await this.outbox.add(tx, CaseReportLinked, {
      caseId: to.id,
      organisation: to.organisation,
      report: {
        reportId: member.reportId,
        reporterRef: member.reporterRef,
        description: member.description,
        location,
        submittedAt: member.submittedAt.toISOString(),
        reporterTier: member.origin?.reporterTier ?? 'resident',
        ...provenanceOf(member.origin),
        areaIds: await this.areas.areasAt(tx, location.lon, location.lat),
        ...attachmentsOf(member.origin),
      },
      score: 1,
      explanation,
      linkedAt: at.toISOString(),
    });
  }
}
