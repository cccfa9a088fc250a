import { Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseOpenedV1 } from '@loket/contracts';
import { openingTriageReasons } from '../../triage/triage-reasons';
import { QueueSettings } from '../list-cases/queue-settings';
import { CaseJournal } from '../persistence/case-journal';
import { RecordReportWhenReportLinked } from '../link-report/record-report-when-report-linked.handler';
import { CaseRepository } from '../persistence/case-repository';
import { SlaPlanner } from '../../sla/sla-planner';
import { AgencySignal } from '../../agencies/agency-signal';

/**
 * Routing opened a case: take it into the workbench, in state `new` at version 1, with the report that
 * started it, why routing sent it here and when it is due (on the organisation's calendar). The inbox keeps a redelivered event from doing
 * anything; a case that is already known (the same fact under another event id) is left as it is.
 */
@Injectable()
export class RecordCaseWhenCaseOpened {
  constructor(
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
    private readonly linkedReports: RecordReportWhenReportLinked,
    private readonly slaPlanner: SlaPlanner,
    private readonly agencies: AgencySignal,
    @Optional() private readonly queues?: QueueSettings,
  ) {}

  async handle(event: CaseOpenedV1, tx: EntityManager): Promise<void> {
    const openedAt = new Date(event.openedAt);
    const sla = { amount: event.sla.amount, unit: event.sla.unit, calendar: event.sla.calendar };
    await this.cases.lockCaseId(tx, event.caseId); // a report linked to it may be parking right now
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
      sla,
      ...this.slaPlanner.start(event.organisation, sla, openedAt),
      resolutionCode: null,
      closedAt: null,
      routingPolicyId: event.decision.policyId,
      routingPolicyVersion: event.decision.policyVersion,
      routingRuleId: event.decision.ruleId ?? null,
      routingExplanation: event.decision.explanation,
      openedAt,
      updatedAt: openedAt,
      ...triageFieldsOf(event, this.queues?.triageConfidenceThreshold ?? DEFAULT_TRIAGE_CONFIDENCE),
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
      channel: report.channel ?? null,
      observedAt: report.observedAt ? new Date(report.observedAt) : null,
      linkedAt: openedAt,
      answers: [...(report.answers ?? [])],
      photos: [...(report.photos ?? [])],
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

const DEFAULT_TRIAGE_CONFIDENCE = 0.7;

/** What the coordinators' triage queue needs to know about how the case was routed. */
function triageFieldsOf(event: CaseOpenedV1, confidenceThreshold: number) {
  const suggestion = event.decision.categorySuggestion;
  return {
    triageReasons: openingTriageReasons(event, confidenceThreshold),
    categorySuggestion: suggestion
      ? { main: suggestion.main, sub: suggestion.sub ?? null, confidence: suggestion.confidence, used: suggestion.used }
      : null,
    possiblyRelatedCaseIds: [...(event.possiblyRelatedCaseIds ?? [])],
  };
}
