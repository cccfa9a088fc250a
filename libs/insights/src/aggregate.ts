import type { CaseFact, InsightFacts } from './facts';
import {
  FIGURE_NAMES,
  medianHours,
  slaMetShare,
  type FigureName,
  type InsightFigures,
  type ReporterRate,
} from './figures';
import { periodKey, type PeriodUnit } from './periods';
import { ReporterOutcomes, reporterRates, type PairOutcome } from './reporter-outcomes';
import { compareKeys, suppressSmallCells } from './suppression';

export const DIMENSIONS = ['area', 'category', 'period'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Fewer distinct reporters than this and a cell (or a figure) is not shown. */
export const MINIMUM_REPORTERS = 5;

export interface InsightsQuery {
  /** One to three distinct dimensions; cells are their combinations. */
  groupBy: readonly Dimension[];
  period: PeriodUnit;
  /** Reports submitted, and cases whose opening report was submitted, in [from, to). */
  from: Date;
  to: Date;
  /** The moment the SLA of unresolved cases is judged at. */
  now: Date;
  minimumReporters?: number;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

/**
 * One row of the answer: its dimension values (area null: reports outside every known area), whether it is
 * suppressed, and its figures — all null when suppressed. `suppressedFigures` names the rates left out of an
 * otherwise shown cell because fewer than the minimum of reporters stand behind them.
 */
export type InsightRow = Partial<Record<Dimension, string | null>> &
  Nullable<InsightFigures> & { suppressed: boolean; suppressedFigures: FigureName[] };

export interface InsightsTable {
  groupBy: Dimension[];
  period: PeriodUnit;
  from: Date;
  to: Date;
  minimumReporters: number;
  cells: InsightRow[];
  /** The whole selection (each report once, whatever its number of areas). */
  total: InsightRow;
}

interface Cell {
  key: (string | null)[];
  reporters: Set<string>;
  reports: number;
  linkedReports: number;
  /** The cell's distinct reporter-case pairs. */
  pairs: Set<PairOutcome>;
  cases: CaseFact[];
  suppressed: boolean;
}

const emptyCell = (key: (string | null)[]): Cell => ({
  key,
  reporters: new Set(),
  reports: 0,
  linkedReports: 0,
  pairs: new Set(),
  cases: [],
  suppressed: false,
});

/** Aggregates the facts per cell, then suppresses what would count fewer than the minimum of reporters. */
export function aggregateInsights(facts: InsightFacts, query: InsightsQuery): InsightsTable {
  const minimumReporters = query.minimumReporters ?? MINIMUM_REPORTERS;
  const [from, to] = [query.from.getTime(), query.to.getTime()];
  const within = (at: Date) => at.getTime() >= from && at.getTime() < to;
  const keysOf = (fact: { areaIds: readonly string[]; category: string; submittedAt: Date }) =>
    cellKeys(query.groupBy, fact, query.period);
  const cells = new Map<string, Cell>();
  const cellAt = (key: (string | null)[]) => {
    const id = key.map((value) => (value === null ? '\u0000' : value)).join('\u0001');
    let cell = cells.get(id);
    if (!cell) cells.set(id, (cell = emptyCell(key)));
    return cell;
  };
  const total = emptyCell([]);
  const outcomes = new ReporterOutcomes(facts);
  for (const report of facts.reports) {
    if (!within(report.submittedAt)) continue;
    const pair = outcomes.of(report.reporterRef, report.caseId);
    for (const cell of [...keysOf(report).map(cellAt), total]) {
      cell.reports++;
      if (report.linkedIntoExisting) cell.linkedReports++;
      cell.pairs.add(pair);
      cell.reporters.add(report.reporterRef);
    }
  }
  for (const c of facts.cases) {
    if (!within(c.submittedAt)) continue;
    for (const cell of [...keysOf(c).map(cellAt), total]) cell.cases.push(c);
  }
  const ordered = [...cells.values()].sort((a, b) => compareKeys(a.key, b.key));
  suppressSmallCells(ordered, query.groupBy.length, minimumReporters);
  total.suppressed = total.reporters.size < minimumReporters;
  const rowOf = (cell: Cell) => toRow(cell, query, minimumReporters);
  return {
    groupBy: [...query.groupBy],
    period: query.period,
    from: query.from,
    to: query.to,
    minimumReporters,
    cells: ordered.map(rowOf),
    total: rowOf(total),
  };
}

function cellKeys(
  groupBy: readonly Dimension[],
  fact: { areaIds: readonly string[]; category: string; submittedAt: Date },
  period: PeriodUnit,
): (string | null)[][] {
  let keys: (string | null)[][] = [[]];
  for (const dimension of groupBy) {
    const values: (string | null)[] =
      dimension === 'area'
        ? fact.areaIds.length > 0
          ? [...new Set(fact.areaIds)]
          : [null]
        : dimension === 'category'
          ? [fact.category]
          : [periodKey(fact.submittedAt, period)];
    keys = keys.flatMap((key) => values.map((value) => [...key, value]));
  }
  return keys;
}

function toRow(cell: Cell, query: InsightsQuery, minimum: number): InsightRow {
  const dimensions = Object.fromEntries(query.groupBy.map((d, i) => [d, cell.key[i]]));
  if (cell.suppressed) {
    const nothing = Object.fromEntries(FIGURE_NAMES.map((name) => [name, null])) as Nullable<InsightFigures>;
    return { ...dimensions, suppressed: true, ...nothing, suppressedFigures: [] };
  }
  const rates = reporterRates(cell.pairs);
  const suppressedFigures: FigureName[] = [];
  const shown = (name: FigureName, rate: ReporterRate) => {
    if (rate.reporters > 0 && rate.reporters < minimum) {
      suppressedFigures.push(name);
      return null;
    }
    return rate.value;
  };
  const figures: Nullable<InsightFigures> = {
    reporters: cell.reporters.size,
    reports: cell.reports,
    cases: cell.cases.length,
    linkedReports: cell.linkedReports,
    medianHoursToPickup: medianHours(cell.cases, 'pickedUpAt'),
    medianHoursToResolution: medianHours(cell.cases, 'resolvedAt'),
    slaMetShare: slaMetShare(cell.cases, query.now),
    loopClosureRate: shown('loopClosureRate', rates.loopClosure),
    satisfactionShare: shown('satisfactionShare', rates.satisfaction),
    reopenRate: shown('reopenRate', rates.reopen),
  };
  return { ...dimensions, suppressed: false, ...figures, suppressedFigures };
}
