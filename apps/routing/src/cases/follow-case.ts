import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseReportLinked, ReportSubmittedV1 } from '@loket/contracts';
import { Outbox, UnprocessableEventError } from '@loket/messaging';
import { AreaDirectory } from '../areas/area-directory';
import { CategoryCatalogue } from '../catalogue/category-catalogue';
import { ReportLinkRecord } from '../linking/report-link.entity';
import { isPublic } from '../public-cases/public-case';
import { CaseReportRecord, provenanceOf } from './case-report.entity';
import { CaseRecord } from './case.entity';
import { OpenCase } from './open-case';

/** What the case file shows as the text of a follow: the reporter wrote none, they recognised the case. */
export const FOLLOW_TEXT = 'Volgt deze zaak: de melder herkende het als hetzelfde (geen eigen beschrijving).';
const TRIAGE_TEXT = (caseId: string) => `Wilde zaak ${caseId} volgen, maar die was inmiddels gesloten of niet openbaar.`;

/**
 * A follow ("is it one of these?"): the reporter joins the open public case they chose, with no policy
 * decision. Intake checks this before it accepts the follow; when the case closed (or its category became
 * sensitive) in between, the report goes to the coordinators' triage as a case of its own, saying why.
 * A follow of a case routing never had cannot be handled: it goes to the dead-letter topic with that reason.
 */
@Injectable()
export class FollowCase {
  constructor(
    private readonly outbox: Outbox,
    private readonly areas: AreaDirectory,
    private readonly catalogue: CategoryCatalogue,
    private readonly openCase: OpenCase,
  ) {}

  async execute(tx: EntityManager, report: ReportSubmittedV1 & { follows: string }): Promise<void> {
    const target = await tx.findOne(CaseRecord, { where: { id: report.follows }, lock: { mode: 'pessimistic_write' } });
    // Routing opened every case it knows before intake could see it: one it does not know now, it never will.
    if (!target) throw new UnprocessableEventError(`report ${report.reportId} follows case ${report.follows}, which routing does not know`);
    const place = { lat: target.lat, lon: target.lon };
    const areaIds = await this.areas.areasAt(tx, place.lon, place.lat);
    const sensitivityOf = (category: { main: string; sub?: string }) => this.catalogue.resolve(category).sensitivity;
    if (!isPublic({ ...target, firstDescription: null, reportCount: 0 }, sensitivityOf)) {
      await this.openCase.execute(tx, {
        report: { ...report, description: TRIAGE_TEXT(target.id), location: place, category: null },
        category: this.catalogue.resolve(null),
        areaIds,
        categoryNote: `This report follows case ${target.id}, which is closed or no longer shown in public by now, so: triage.`,
        possiblyRelatedCaseIds: [target.id],
      });
      return;
    }
    const submittedAt = new Date(report.submittedAt);
    const linkedAt = new Date();
    const explanation = `Followed by the reporter: they chose this open case ("is it one of these?") instead of reporting again.`;
    await tx.insert(CaseReportRecord, {
      reportId: report.reportId,
      caseId: target.id,
      reporterRef: report.reporterRef,
      description: '',
      submittedAt,
      origin: { location: place, reporterTier: report.reporterTier, ...provenanceOf(report), category: { main: target.categoryMain, ...(target.categorySub ? { sub: target.categorySub } : {}) } },
    });
    await tx.insert(ReportLinkRecord, { reportId: report.reportId, caseId: target.id, score: 1, explanation, linkedAt });
    await tx.update(CaseRecord, { id: target.id }, { lastReportAt: submittedAt > target.lastReportAt ? submittedAt : target.lastReportAt, updatedAt: linkedAt });
    await this.outbox.add(tx, CaseReportLinked, {
      caseId: target.id,
      organisation: target.organisation,
      report: {
        reportId: report.reportId,
        reporterRef: report.reporterRef,
        description: FOLLOW_TEXT,
        location: place,
        submittedAt: report.submittedAt,
        reporterTier: report.reporterTier,
        ...provenanceOf(report),
        areaIds,
      },
      score: 1,
      explanation,
      linkedAt: linkedAt.toISOString(),
    });
  }
}
