// An in-memory insights projection store for unit tests, with the TypeORM store's rules: a report keeps its
// latest placement, milestones their earliest time, an answer its latest; duplicates change nothing.
import type { EntityManager } from 'typeorm';
import type { InsightFacts } from '@loket/insights';
import {
  CaseMilestones,
  InsightStore,
  ProjectedCase,
  ProjectedReport,
} from '../src/insights/projection/insight-store';

const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));

export class InMemoryInsightStore extends InsightStore {
  readonly reports = new Map<string, ProjectedReport>();
  readonly cases = new Map<string, ProjectedCase>();
  readonly milestones = new Map<string, CaseMilestones>();
  readonly deliveries = new Map<string, { caseId: string; reporterRef: string; stage: string }>();
  readonly answers = new Map<
    string,
    { caseId: string; reporterRef: string; satisfied: boolean; recordedAt: Date }
  >();
  readonly reopens = new Map<string, { caseId: string; reporterRef: string }>();
  readonly merges = new Map<string, string>();
  dueAt = (_caseId: string): Date | null => null;

  async addMerge(_: EntityManager, m: { absorbedCaseId: string; survivingCaseId: string }): Promise<void> {
    if (!this.merges.has(m.absorbedCaseId)) this.merges.set(m.absorbedCaseId, m.survivingCaseId);
  }

  private finalCaseOf(caseId: string): string {
    let current = caseId;
    while (this.merges.has(current)) current = this.merges.get(current)!;
    return current;
  }

  async placeReport(_: EntityManager, report: ProjectedReport): Promise<void> {
    const known = this.reports.get(report.reportId);
    if (!known || known.placedAt < report.placedAt) this.reports.set(report.reportId, { ...report });
  }

  async addCase(_: EntityManager, projected: ProjectedCase): Promise<void> {
    if (!this.cases.has(projected.caseId)) this.cases.set(projected.caseId, { ...projected });
  }

  async reachMilestones(_: EntityManager, caseId: string, m: CaseMilestones): Promise<void> {
    const known = this.milestones.get(caseId) ?? { pickedUpAt: null, resolvedAt: null, closedAt: null };
    this.milestones.set(caseId, {
      pickedUpAt: earliest(known.pickedUpAt, m.pickedUpAt),
      resolvedAt: earliest(known.resolvedAt, m.resolvedAt),
      closedAt: earliest(known.closedAt, m.closedAt),
    });
  }

  async caseOfReport(_: EntityManager, reportId: string): Promise<string | null> {
    return this.reports.get(reportId)?.caseId ?? null;
  }

  async addDelivery(
    _: EntityManager,
    d: { messageId: string; caseId: string; reporterRef: string; stage: string },
  ): Promise<void> {
    if (!this.deliveries.has(d.messageId))
      this.deliveries.set(d.messageId, { caseId: d.caseId, reporterRef: d.reporterRef, stage: d.stage });
  }

  async recordAnswer(
    _: EntityManager,
    a: { caseId: string; reporterRef: string; satisfied: boolean; recordedAt: Date },
  ): Promise<void> {
    const key = `${a.caseId}/${a.reporterRef}`;
    const known = this.answers.get(key);
    if (!known || known.recordedAt <= a.recordedAt) this.answers.set(key, { ...a });
  }

  async addReopenRequest(
    _: EntityManager,
    r: { requestId: string; caseId: string; reporterRef: string },
  ): Promise<void> {
    if (!this.reopens.has(r.requestId))
      this.reopens.set(r.requestId, { caseId: r.caseId, reporterRef: r.reporterRef });
  }

  async factsBetween(from: Date, to: Date): Promise<InsightFacts> {
    const within = (at: Date) => at >= from && at < to;
    const reports = [...this.reports.values()]
      .map((r) => ({
        ...r,
        caseId: this.finalCaseOf(r.caseId),
        linkedIntoExisting: r.linkedIntoExisting || this.merges.has(r.caseId),
      }))
      .filter((r) => within(r.submittedAt) && this.cases.has(r.caseId));
    const caseIds = new Set(
      [...this.cases.values()]
        .filter((c) => within(c.submittedAt) && !this.merges.has(c.caseId))
        .map((c) => c.caseId),
    );
    for (const r of reports) caseIds.add(r.caseId);
    const forCases = <T extends { caseId: string }>(items: Iterable<T>) =>
      [...items]
        .map((i) => ({ ...i, caseId: this.finalCaseOf(i.caseId) }))
        .filter((i) => caseIds.has(i.caseId));
    return {
      reports: reports.map((r) => ({ ...r, category: this.cases.get(r.caseId)!.categoryMain })),
      cases: [...caseIds].map((caseId) => {
        const c = this.cases.get(caseId)!;
        const m = this.milestones.get(caseId);
        return {
          caseId,
          areaIds: c.areaIds,
          category: c.categoryMain,
          submittedAt: c.submittedAt,
          openedAt: c.openedAt,
          dueAt: this.dueAt(caseId),
          pickedUpAt: m?.pickedUpAt ?? null,
          resolvedAt: m?.resolvedAt ?? null,
          closedAt: m?.closedAt ?? null,
        };
      }),
      deliveries: forCases(this.deliveries.values()),
      answers: forCases(this.answers.values()),
      reopenRequests: forCases(this.reopens.values()),
    };
  }
}
