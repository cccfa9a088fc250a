import { SeededRandom } from '@loket/seeded-random';
import { aggregateInsights, type Dimension, type InsightRow } from './aggregate';
import type { CaseFact, InsightFacts, ReportFact } from './facts';
import { periodKey } from './periods';

// Property-style: random neighbourhoods of mostly small cells; whatever the grouping, nothing under the
// minimum shows, and nothing suppressed can be recovered by subtracting shown cells from a line's total.

const AREAS = ['A', 'B', 'C', 'D', 'E', 'F'];
const CATEGORIES = ['afval', 'overlast', 'verlichting'];
const GROUPINGS: Dimension[][] = [
  ['area'],
  ['category'],
  ['period'],
  ['area', 'category'],
  ['area', 'period'],
  ['category', 'period', 'area'],
];
const FROM = Date.parse('2026-09-01T00:00:00Z');
const DAY = 86_400_000;

function randomFacts(random: SeededRandom): InsightFacts {
  const reporters = Array.from({ length: 3 + random.int(40) }, (_, i) => `r${i}`);
  const reports: ReportFact[] = [];
  const cases: CaseFact[] = [];
  for (let i = 0; i < 5 + random.int(80); i++) {
    const linkTo = cases.length > 0 && random.chance(0.3) ? random.pick(cases) : null;
    const submittedAt = new Date(FROM + random.int(90) * DAY + random.int(DAY));
    const areaIds = random.chance(0.1) ? [] : random.sample(AREAS, 1 + random.int(2));
    const caseId = linkTo?.caseId ?? `c${i}`;
    const category = linkTo?.category ?? random.pick(CATEGORIES);
    if (!linkTo) {
      const opened = submittedAt.getTime() + DAY / 24;
      cases.push({
        caseId,
        areaIds,
        category,
        submittedAt,
        openedAt: new Date(opened),
        dueAt: new Date(opened + 3 * DAY),
        pickedUpAt: random.chance(0.7) ? new Date(opened + random.int(5 * DAY)) : null,
        resolvedAt: random.chance(0.5) ? new Date(opened + random.int(9 * DAY)) : null,
        closedAt: random.chance(0.3) ? new Date(opened + 10 * DAY) : null,
      });
    }
    reports.push({
      reportId: `p${i}`,
      caseId,
      reporterRef: random.pick(reporters),
      areaIds,
      category,
      submittedAt,
      linkedIntoExisting: !!linkTo,
    });
  }
  return { reports, cases, deliveries: [], answers: [], reopenRequests: [] };
}

/** Which rows a report falls in, worked out independently of the library's grouping. */
function inRow(report: ReportFact, row: InsightRow, groupBy: Dimension[]): boolean {
  return groupBy.every((d) =>
    d === 'area'
      ? row.area === null
        ? report.areaIds.length === 0
        : report.areaIds.includes(row.area!)
      : d === 'category'
        ? report.category === row.category
        : periodKey(report.submittedAt, 'month') === row.period,
  );
}

describe('small-cell suppression (property)', () => {
  it('never shows a cell of fewer than 5 reporters, and never leaves a line (or the table) with 1 to 4 hidden reporters beside shown cells', () => {
    const random = new SeededRandom(4_2026);
    let suppressedSeen = 0;
    for (let run = 0; run < 300; run++) {
      const facts = randomFacts(random);
      const groupBy = random.pick(GROUPINGS);
      const table = aggregateInsights(facts, {
        groupBy,
        period: 'month',
        from: new Date(FROM),
        to: new Date(FROM + 120 * DAY),
        now: new Date(FROM + 60 * DAY),
      });
      const reportersOf = (row: InsightRow) =>
        new Set(facts.reports.filter((r) => inRow(r, row, groupBy)).map((r) => r.reporterRef));
      for (const row of table.cells) {
        const reporters = reportersOf(row);
        if (row.suppressed) {
          suppressedSeen++;
          expect([row.reporters, row.reports, row.cases, row.medianHoursToPickup, row.slaMetShare]).toEqual([
            null,
            null,
            null,
            null,
            null,
          ]);
        } else {
          expect(reporters.size).toBeGreaterThanOrEqual(5);
          expect(row.reporters).toBe(reporters.size);
          expect(row.reports).toBe(facts.reports.filter((r) => inRow(r, row, groupBy)).length);
          const cases = facts.cases.filter((c) =>
            inRow({ ...c, reportId: '', reporterRef: '', linkedIntoExisting: false }, row, groupBy),
          );
          expect(row.cases).toBe(cases.length);
          const pickups = cases
            .filter((c) => c.pickedUpAt)
            .map((c) => c.pickedUpAt!.getTime() - c.openedAt.getTime())
            .sort((a, b) => a - b);
          const middle =
            pickups.length === 0
              ? null
              : pickups.length % 2
                ? pickups[(pickups.length - 1) / 2]
                : (pickups[pickups.length / 2 - 1] + pickups[pickups.length / 2]) / 2;
          expect(row.medianHoursToPickup).toBe(
            middle === null ? null : Math.round((middle / 3_600_000) * 100) / 100,
          );
        }
      }
      const everyone = new Set(facts.reports.map((r) => r.reporterRef));
      expect(table.total.suppressed).toBe(everyone.size < 5);
      for (let d = 0; d < groupBy.length; d++) {
        const lines = new Map<string, InsightRow[]>();
        for (const row of table.cells) {
          const key = JSON.stringify(groupBy.filter((_, i) => i !== d).map((dim) => row[dim]));
          lines.set(key, [...(lines.get(key) ?? []), row]);
        }
        lines.set('table', table.cells);
        for (const line of lines.values()) {
          const hidden = new Set(
            line.filter((row) => row.suppressed).flatMap((row) => [...reportersOf(row)]),
          );
          expect(hidden.size === 0 || hidden.size >= 5 || line.every((row) => row.suppressed)).toBe(true);
        }
      }
    }
    expect(suppressedSeen).toBeGreaterThan(100);
  });
});
