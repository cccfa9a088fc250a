import { describe, expect, it } from 'vitest';
import { seriesOf, shownFigure, type InsightRow, type InsightsTable } from './insight-series';

const row = (period: string, overrides: Partial<InsightRow> = {}): InsightRow => ({
  period,
  suppressed: false,
  reporters: 12,
  reports: 14,
  cases: 10,
  linkedReports: 4,
  medianHoursToPickup: 3,
  medianHoursToResolution: 30,
  slaMetShare: 0.8,
  loopClosureRate: 0.9,
  satisfactionShare: 0.7,
  reopenRate: 0.1,
  suppressedFigures: [],
  ...overrides,
});

describe('insight figures as shown', () => {
  it('say suppressed for a suppressed cell or figure, never zero', () => {
    expect(shownFigure(row('2026-10', { suppressed: true, loopClosureRate: null }), 'loopClosureRate')).toEqual({ suppressed: 'cell' });
    expect(shownFigure(row('2026-10', { suppressedFigures: ['reopenRate'], reopenRate: null }), 'reopenRate')).toEqual({ suppressed: 'figure' });
    expect(shownFigure(row('2026-10', { medianHoursToResolution: null }), 'medianHoursToResolution')).toEqual({ none: true });
    expect(shownFigure(row('2026-10'), 'slaMetShare')).toEqual({ value: 0.8 });
  });

  it('make a series in label order with gaps where suppressed', () => {
    const table: InsightsTable = { groupBy: ['period'], period: 'month', from: '', to: '', minimumReporters: 5, total: row('all'), cells: [row('2026-11'), row('2026-10', { suppressed: true, loopClosureRate: null })] };
    expect(seriesOf(table, 'period', 'loopClosureRate')).toEqual({ labels: ['2026-10', '2026-11'], values: [null, 0.9], suppressed: [true, false] });
  });
});
