import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseOpened, CategorySuggestionUsedV1 } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { decide, explanationText, RoutingInput } from '@loket/routing-policy';
import { ResolvedCategory } from '../catalogue/category-catalogue';
import { RoutingDecisionRecord } from '../decisions/routing-decision.entity';
import { PublishedPolicy } from '../policies/published-policy';
import { RoutingTimeZone } from '../policies/routing-time-zone';
import { attachmentsOf, CaseReportRecord, originOf, provenanceOf } from './case-report.entity';
import { CaseRecord } from './case.entity';
import { RoutableReport } from './routable-report';

export interface OpenCaseCommand {
  report: RoutableReport;
  category: ResolvedCategory;
  areaIds: string[];
  /** How the category was chosen when the reporter did not choose one. */
  categoryNote: string | null;
  possiblyRelatedCaseIds: string[];
  /** The classifier's suggestion, when the reporter chose no category (coordinators triage uncertain ones). */
  categorySuggestion?: CategorySuggestionUsedV1;
}

/** Decides by the published policy who acts on a report, opens the case for them and records why. */
@Injectable()
export class OpenCase {
  constructor(
    private readonly policy: PublishedPolicy,
    private readonly outbox: Outbox,
    private readonly timeZone: RoutingTimeZone,
  ) {}

  async execute(tx: EntityManager, { report, category, areaIds, categoryNote, possiblyRelatedCaseIds, categorySuggestion }: OpenCaseCommand): Promise<string> {
    const input: RoutingInput = {
      reportId: report.reportId,
      category: { main: category.main, sub: category.sub },
      areaIds,
      submittedAt: new Date(report.submittedAt),
      reporterTier: report.reporterTier,
      description: report.description,
    };
    const decision = decide(await this.policy.current(tx), input, { timeZone: this.timeZone.value });
    const explanation = [categoryNote, explanationText(decision.explanation)].filter(Boolean).join('\n');
    const caseId = randomUUID();
    const openedAt = new Date();
    const submittedAt = new Date(report.submittedAt);
    const { organisation, team, priority, sla } = decision.outcome;
    await tx.insert(CaseRecord, {
      id: caseId,
      organisation,
      team,
      priority,
      status: 'open',
      categoryMain: category.main,
      categorySub: category.sub ?? null,
      sensitivity: category.sensitivity,
      categorySource: categorySuggestion ? (categorySuggestion.used ? 'suggester' : 'triage') : 'reporter',
      lat: report.location.lat,
      lon: report.location.lon,
      openedAt,
      firstReportAt: submittedAt,
      lastReportAt: submittedAt,
      linkText: report.description.slice(0, 4000),
      closedAt: null,
      updatedAt: openedAt,
    });
    await tx.insert(CaseReportRecord, { reportId: report.reportId, caseId, reporterRef: report.reporterRef, description: report.description, submittedAt, origin: originOf(report) });
    await tx.insert(RoutingDecisionRecord, {
      reportId: report.reportId,
      caseId,
      policyId: decision.policyId,
      policyVersion: decision.policyVersion,
      ruleId: decision.ruleId,
      outcome: decision.outcome,
      explanation: decision.explanation,
      explanationText: explanation,
      input: { ...input, submittedAt: report.submittedAt },
      decidedAt: openedAt,
    });
    await this.outbox.add(tx, CaseOpened, {
      caseId,
      organisation,
      team,
      priority,
      sla,
      category: { main: category.main, ...(category.sub ? { sub: category.sub } : {}), sensitivity: category.sensitivity },
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
      decision: {
        policyId: decision.policyId,
        policyVersion: decision.policyVersion,
        ruleId: decision.ruleId,
        explanation,
        ...(categorySuggestion ? { categorySuggestion } : {}),
      },
      openedAt: openedAt.toISOString(),
      ...(possiblyRelatedCaseIds.length ? { possiblyRelatedCaseIds } : {}),
    });
    return caseId;
  }
}
