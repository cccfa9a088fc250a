export const FIGURES = ['loopClosureRate', 'medianHoursToPickup', 'medianHoursToResolution', 'slaMetShare', 'linkedReports', 'satisfactionShare', 'reopenRate'] as const;
export type Figure = (typeof FIGURES)[number];

export interface InsightRow {
  area?: string | null;
  category?: string | null;
  period?: string | null;
  suppressed: boolean;
  reporters: number | null;
  reports: number | null;
  cases: number | null;
  linkedReports: number | null;
  medianHoursToPickup: number | null;
  medianHoursToResolution: number | null;
  slaMetShare: number | null;
  loopClosureRate: number | null;
  satisfactionShare: number | null;
  reopenRate: number | null;
  suppressedFigures: string[];
}

export interface InsightsTable {
  groupBy: string[];
  period: string;
  from: string;
  to: string;
  minimumReporters: number;
  cells: InsightRow[];
  total: InsightRow;
}

/** One figure of a cell as shown: a number, or why there is none (never a zero in its place). */
export type Shown = { value: number } | { suppressed: 'cell' | 'figure' } | { none: true };

export function shownFigure(row: InsightRow, figure: Figure): Shown {
  if (row.suppressed) return { suppressed: 'cell' };
  if (row.suppressedFigures.includes(figure)) return { suppressed: 'figure' };
  const value = row[figure];
  return value === null ? { none: true } : { value };
}

/** A chart's series over one dimension: labels, values (null where suppressed or empty: a gap, not a zero). */
export function seriesOf(table: InsightsTable, dimension: 'area' | 'category' | 'period', figure: Figure): { labels: string[]; values: (number | null)[]; suppressed: boolean[] } {
  const rows = [...table.cells].sort((a, b) => String(a[dimension] ?? '').localeCompare(String(b[dimension] ?? '')));
  return {
    labels: rows.map((r) => String(r[dimension] ?? '—')),
    values: rows.map((r) => {
      const shown = shownFigure(r, figure);
      return 'value' in shown ? shown.value : null;
    }),
    suppressed: rows.map((r) => 'suppressed' in shownFigure(r, figure)),
  };
}
