import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseReportLinkedV1 } from '@loket/contracts';
import { CaseRecord } from '../persistence/case.entity';
import { CaseJournal } from '../persistence/case-journal';
import { CaseRepository } from '../persistence/case-repository';
import { ParkedLinkedReportRecord } from './parked-linked-report.entity';
import { ReopenCaseForNewReport } from './reopen-case-for-new-report';
import { AgencySignal } from '../../agencies/agency-signal';

/**
 * Routing linked another report about the same incident to a case: the case file shows it, with why. When
 * the case is not recorded yet (its `case.opened` is still on its way), the report waits in the parking table.
 * A closed case reopens for the new report (within the reopen window).
 */
@Injectable()
export class RecordReportWhenReportLinked {
  constructor(
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
    private readonly reopen: ReopenCaseForNewReport,
    private readonly agencies: AgencySignal,
  ) {}

  async handle(event: CaseReportLinkedV1, tx: EntityManager): Promise<void> {
    await this.cases.lockCaseId(tx, event.caseId); // the case's own arrival may be recorded right now
    const target = await tx.findOne(CaseRecord, { where: { id: event.caseId } });
    if (!target) {
      await tx.createQueryBuilder().insert().into(ParkedLinkedReportRecord).values({ reportId: event.report.reportId, caseId: event.caseId, event }).orIgnore().execute();
      return;
    }
    const { report } = event;
    const linkedAt = new Date(event.linkedAt);
    const added = await this.cases.addReport(tx, {
      reportId: report.reportId,
      caseId: event.caseId,
      description: report.description,
      categoryMain: target.categoryMain,
      categorySub: target.categorySub,
      lat: report.location.lat,
      lon: report.location.lon,
      areaIds: [...report.areaIds],
      reporterTier: report.reporterTier,
      submittedAt: new Date(report.submittedAt),
      channel: report.channel ?? null,
      observedAt: report.observedAt ? new Date(report.observedAt) : null,
      linkedAt,
      answers: [...(report.answers ?? [])],
      photos: [...(report.photos ?? [])],
    });
    if (!added) return; // the same link again (e.g. republished under a new event id): already recorded
    await this.agencies.rememberAddress(tx, report);
    await this.journal.record(tx, {
      caseId: event.caseId,
      kind: 'report-linked',
      details: { reportId: report.reportId, score: event.score, explanation: event.explanation },
      actorSubject: null,
      actorUsername: null,
      actorOrganisation: null,
      visibleToOrganisation: null,
      caseVersion: target.version,
      occurredAt: linkedAt,
    });
    await this.reopen.ifClosed(tx, target, report.reportId, linkedAt);
  }

  /** Forgets a waiting report that a coordinator unlinked before its case was recorded here. */
  async forgetParked(tx: EntityManager, caseId: string, reportId: string): Promise<void> {
    await tx.delete(ParkedLinkedReportRecord, { caseId, reportId });
  }

  /** Adds the reports that arrived before their case. Called when the case is recorded. */
  async releaseParked(tx: EntityManager, caseId: string): Promise<void> {
    const parked = await tx.find(ParkedLinkedReportRecord, { where: { caseId } });
    for (const { event } of parked) await this.handle(event, tx);
    if (parked.length) await tx.delete(ParkedLinkedReportRecord, { caseId });
  }
}
