import { aggregateInsights, type InsightsQuery } from './aggregate';
import type { CaseFact, InsightFacts, ReportFact } from './facts';

const T0 = Date.parse('2026-11-02T08:00:00Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0 + hours * HOUR);

function report(
  reportId: string,
  caseId: string,
  reporterRef: string,
  area: string,
  linked = false,
  hours = 0,
): ReportFact {
  return {
    reportId,
    caseId,
    reporterRef,
    areaIds: [area],
    category: 'afval',
    submittedAt: at(hours),
    linkedIntoExisting: linked,
  };
}

function kase(caseId: string, area: string, milestones: Partial<CaseFact> = {}): CaseFact {
  return {
    caseId,
    areaIds: [area],
    category: 'afval',
    submittedAt: at(0),
    openedAt: at(0),
    dueAt: at(24),
    pickedUpAt: null,
    resolvedAt: null,
    closedAt: null,
    ...milestones,
  };
}

const query = (overrides: Partial<InsightsQuery> = {}): InsightsQuery => ({
  groupBy: ['area'],
  period: 'month',
  from: new Date('2026-11-01T00:00:00Z'),
  to: new Date('2026-12-01T00:00:00Z'),
  now: at(48),
  ...overrides,
});

/** Area A: six reporters, four cases; area B: one reporter; area C: two. */
const facts: InsightFacts = {
  reports: [
    report('p1', 'c1', 'r1', 'A'),
    report('p2', 'c1', 'r2', 'A', true, 1),
    report('p3', 'c2', 'r3', 'A'),
    report('p4', 'c3', 'r4', 'A'),
    report('p5', 'c3', 'r5', 'A', true, 2),
    report('p6', 'c4', 'r6', 'A'),
    report('p7', 'c5', 'r7', 'B'),
    report('p8', 'c6', 'r8', 'C'),
    report('p9', 'c6', 'r9', 'C', true),
    { ...report('p0', 'c0', 'r0', 'A'), submittedAt: new Date('2026-10-31T23:59:59Z') },
  ],
  cases: [
    kase('c1', 'A', { pickedUpAt: at(2), resolvedAt: at(10), closedAt: at(12) }),
    kase('c2', 'A', { pickedUpAt: at(4), resolvedAt: at(30) }),
    kase('c3', 'A', { pickedUpAt: at(6) }),
    kase('c4', 'A', { dueAt: at(72) }),
    kase('c5', 'B'),
    kase('c6', 'C'),
    { ...kase('c0', 'A', { pickedUpAt: at(1) }), submittedAt: new Date('2026-10-31T23:59:59Z') },
  ],
  deliveries: [
    { caseId: 'c1', reporterRef: 'r1', stage: 'resolved' },
    { caseId: 'c1', reporterRef: 'r2', stage: 'picked-up' },
    { caseId: 'c2', reporterRef: 'r3', stage: 'closed' },
    { caseId: 'c4', reporterRef: 'r6', stage: 'resolved' },
  ],
  answers: [
    { caseId: 'c1', reporterRef: 'r1', satisfied: false, recordedAt: at(13) },
    { caseId: 'c1', reporterRef: 'r1', satisfied: true, recordedAt: at(14) },
    { caseId: 'c1', reporterRef: 'r2', satisfied: false, recordedAt: at(13) },
  ],
  reopenRequests: [{ caseId: 'c1', reporterRef: 'r2' }],
};

describe('aggregateInsights', () => {
  it('computes every figure of a cell from its facts', () => {
    const table = aggregateInsights(facts, query({ minimumReporters: 2 }));
    const a = table.cells.find((c) => c.area === 'A')!;
    expect(a).toEqual({
      area: 'A',
      suppressed: false,
      reporters: 6,
      reports: 6,
      cases: 4,
      linkedReports: 2,
      medianHoursToPickup: 4,
      medianHoursToResolution: 20,
      slaMetShare: 0.3333, // c1 met; c2 resolved late; c3 overdue at `now`; c4 not yet due
      loopClosureRate: 0.6667, // (r1,c1) and (r3,c2) heard an outcome, (r2,c1) only that it was picked up
      satisfactionShare: 0.5, // r1's last answer: satisfied; r2: not
      reopenRate: 0.5, // of c1's two reporters, r2 asked to reopen
      suppressedFigures: [],
    });
  });

  it('suppresses a cell under the minimum, and the smallest other cell so the total cannot give it away', () => {
    const table = aggregateInsights(facts, query({ minimumReporters: 2 }));
    expect(table.cells.map((c) => [c.area, c.suppressed])).toEqual([
      ['A', false],
      ['B', true],
      ['C', true],
    ]);
    const b = table.cells.find((c) => c.area === 'B')!;
    expect(
      Object.entries(b).filter(
        ([k, v]) => !['area', 'suppressed', 'suppressedFigures'].includes(k) && v !== null,
      ),
    ).toEqual([]);
    expect(table.total).toMatchObject({ suppressed: false, reporters: 9, reports: 9, cases: 6 });
  });

  it('leaves out a rate that fewer than the minimum of reporters stand behind, and keeps the cell', () => {
    const table = aggregateInsights(facts, query({ groupBy: ['category'] }));
    const a = table.cells.find((c) => c.category === 'afval')!;
    expect(a.suppressed).toBe(false);
    expect(a.reporters).toBe(9);
    expect(a.suppressedFigures).toEqual(['loopClosureRate', 'satisfactionShare', 'reopenRate']);
    expect([a.loopClosureRate, a.satisfactionShare, a.reopenRate]).toEqual([null, null, null]);
    expect(a.medianHoursToPickup).toBe(4);
  });

  it('groups by category and period, each report once per area it lies in', () => {
    const twoAreas: InsightFacts = {
      ...facts,
      reports: facts.reports.map((r) => (r.reportId === 'p8' ? { ...r, areaIds: ['C', 'A'] } : r)),
    };
    const byArea = aggregateInsights(twoAreas, query({ minimumReporters: 1 }));
    expect(byArea.cells.find((c) => c.area === 'A')!.reports).toBe(7);
    expect(byArea.total.reports).toBe(9);
    const byPeriod = aggregateInsights(
      facts,
      query({ groupBy: ['category', 'period'], period: 'week', minimumReporters: 1 }),
    );
    expect(byPeriod.cells.map((c) => [c.category, c.period, c.reports])).toEqual([['afval', '2026-W45', 9]]);
  });
});
