import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { assessPair, ruledOutByText } from '@loket/incident-linking';
import type { IncomingReport, OpenCaseSummary } from '@loket/incident-linking';
import { CaseReportRecord } from '../../cases/case-report.entity';
import { CaseRecord } from '../../cases/case.entity';
import { ActiveLinkingRules } from './active-linking-rules';
import { LinkingExampleRecord, LinkingExampleSource } from './linking-example.entity';

export interface CorrectionExample {
  source: LinkingExampleSource;
  reportId: string;
  /** The case the report is (or is not) about: compared with its other reports, as they stand in this transaction. */
  caseId: string;
  sameIncident: boolean;
  /** The linker had put the report in this case. */
  automaticLink: boolean;
  /** Reports of the case to leave out of the comparison (those split off with this one). */
  without?: readonly string[];
}

/**
 * Keeps a coordinator's correction as a labelled example: the report is compared with the rest of the case the way
 * the linker compares a new report with an open case (distance, time, category and text parts under the active
 * rules), and only those measures are stored. Call it before the correction changes the case or the report.
 */
@Injectable()
export class CorrectionExamples {
  constructor(private readonly activeRules: ActiveLinkingRules) {}

  async record(tx: EntityManager, example: CorrectionExample): Promise<void> {
    const kase = await tx.findOneBy(CaseRecord, { id: example.caseId });
    const member = await tx.findOneBy(CaseReportRecord, { reportId: example.reportId });
    if (!kase || !member) return;
    const others = await tx.find(CaseReportRecord, {
      where: { caseId: example.caseId, reportId: Not(In([example.reportId, ...(example.without ?? [])])) },
      order: { submittedAt: 'ASC' },
    });
    if (others.length === 0) return; // no rest of the case to compare with: nothing to learn
    const { rules } = await this.activeRules.current(tx);
    const assessment = assessPair(reportOf(member, kase), summaryOf(kase, others), rules);
    await tx.insert(LinkingExampleRecord, {
      source: example.source,
      automaticLink: example.automaticLink,
      sameIncident: example.sameIncident,
      withinReach: assessment.withinReach,
      distance: assessment.components.distance,
      time: assessment.components.time,
      text: assessment.components.text,
      categoryLevel: assessment.category.level,
      ruledOutByText: ruledOutByText(assessment),
    });
  }
}

/** The report as the linker met it; rows older than `origin` stand in the case's place. */
function reportOf(member: CaseReportRecord, kase: CaseRecord): IncomingReport {
  const origin = member.origin;
  return {
    reportId: member.reportId,
    category: origin?.category ?? null,
    location: origin?.location ?? { lat: kase.lat, lon: kase.lon },
    submittedAt: new Date(origin?.observedAt ?? member.submittedAt),
    description: member.description,
  };
}

/** The case as it would stand without the report: its place and category, its other reports' period and texts. */
function summaryOf(kase: CaseRecord, others: readonly CaseReportRecord[]): OpenCaseSummary {
  const times = others.map((r) => r.submittedAt.getTime());
  return {
    caseId: kase.id,
    category: { main: kase.categoryMain, ...(kase.categorySub ? { sub: kase.categorySub } : {}) },
    location: { lat: kase.lat, lon: kase.lon },
    openedAt: new Date(Math.min(...times)),
    lastReportAt: new Date(Math.max(...times)),
    text: others.map((r) => r.description).join('\n'),
  };
}
