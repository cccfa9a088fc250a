/**
 * Reporting periods: ISO 8601 weeks (Monday to Monday) and calendar months, both in UTC. A period is named by
 * its key (`2026-W48`, `2026-11`) and spans [start, next start).
 */
export const PERIOD_UNITS = ['week', 'month'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

const DAY = 86_400_000;

/** The first instant of the period that holds `at`. */
export function periodStart(at: Date, unit: PeriodUnit): Date {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  if (unit === 'month') return new Date(Date.UTC(year, month, 1));
  const midnight = Date.UTC(year, month, at.getUTCDate());
  const daysSinceMonday = (at.getUTCDay() + 6) % 7;
  return new Date(midnight - daysSinceMonday * DAY);
}

/** The first instant after the period that starts at `start`. */
export function nextPeriodStart(start: Date, unit: PeriodUnit): Date {
  if (unit === 'week') return new Date(start.getTime() + 7 * DAY);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** The period's name: `YYYY-MM` for a month, the ISO week `YYYY-Www` (the year of its Thursday) for a week. */
export function periodKey(at: Date, unit: PeriodUnit): string {
  if (unit === 'month') return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}`;
  const thursday = new Date(periodStart(at, 'week').getTime() + 3 * DAY);
  const isoYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * DAY));
  return `${isoYear}-W${pad(week)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
