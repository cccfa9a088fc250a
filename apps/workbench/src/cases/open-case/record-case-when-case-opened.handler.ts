import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseOpenedV1 } from '@loket/contracts';
import { calendarDueDate } from '../../sla/calendar-due-date';
import { CaseJournal } from '../persistence/case-journal';
import { RecordReportWhenReportLinked } from '../link-report/record-report-when-report-linked.handler';
import { CaseRepository } from '../persistence/case-repository';
import { AgencySignal } from '../../agencies/agency-signal';

/**
 * Routing opened a case: take it into the workbench, in state `new` at version 1, with the report that
 * started it, why routing sent it here and when it is due. The inbox keeps a redelivered event from doing
 * anything; a case that is already known (the same fact under another event id) is left as it is.
 */
@Injectable()
export class RecordCaseWhenCaseOpened {
  constructor(
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
    private readonly linkedReports: RecordReportWhenReportLinked,
    private readonly agencies: AgencySignal,
  ) {}

  async handle(event: CaseOpenedV1, tx: EntityManager): Promise<void> {
    const openedAt = new Date(event.openedAt);
    const recorded = await this.cases.insertIfAbsent(tx, {
      id: event.caseId,
      organisation: event.organisation,
      team: event.team,
      status: 'new',
      version: 1,
      assignee: null,
      priority: event.priority,
      categoryMain: event.category.main,
      categorySub: event.category.sub ?? null,
      sensitivity: event.category.sensitivity,
      sla: { amount: event.sla.amount, unit: event.sla.unit, calendar: event.sla.calendar },
      dueAt: calendarDueDate(openedAt, event.sla),
      resolutionCode: null,
      closedAt: null,
      routingPolicyId: event.decision.policyId,
      routingPolicyVersion: event.decision.policyVersion,
      routingRuleId: event.decision.ruleId ?? null,
      routingExplanation: event.decision.explanation,
      openedAt,
      updatedAt: openedAt,
    });
    if (!recorded) return;
    const { report } = event;
    await this.cases.addReport(tx, {
      reportId: report.reportId,
      caseId: event.caseId,
      description: report.description,
      categoryMain: event.category.main,
      categorySub: event.category.sub ?? null,
      lat: report.location.lat,
      lon: report.location.lon,
      areaIds: [...report.areaIds],
      reporterTier: report.reporterTier,
      submittedAt: new Date(report.submittedAt),
      linkedAt: openedAt,
    });
    await this.agencies.rememberAddress(tx, report);
    await this.journal.record(tx, {
      caseId: event.caseId,
      kind: 'case-opened',
      details: {
        organisation: event.organisation,
        team: event.team,
        priority: event.priority,
        reportId: report.reportId,
      },
      actorSubject: null,
      actorUsername: null,
      actorOrganisation: null,
      visibleToOrganisation: null,
      caseVersion: 1,
      occurredAt: openedAt,
    });
    await this.linkedReports.releaseParked(tx, event.caseId);
  }
}
