import type { CaseFact } from './facts';
import { median } from './median';

/** The figures of one cell. Counts are whole numbers; hours and shares are rounded (2 and 4 decimals). */
export interface InsightFigures {
  /** Distinct reporters of the cell's reports: the number suppression looks at. */
  reporters: number;
  reports: number;
  /** Cases opened by a report of the cell. */
  cases: number;
  /** Reports of the cell that routing linked into an existing case instead of opening one. */
  linkedReports: number;
  /** Median hours from opening to the first `assigned` or `in_progress`, over the cell's picked-up cases. */
  medianHoursToPickup: number | null;
  /** Median hours from opening to the first `resolved`, over the cell's resolved cases. */
  medianHoursToResolution: number | null;
  /**
   * Share of the cell's cases whose SLA outcome is known that met it: resolved by their due date (met) or
   * resolved late / still unresolved after it (missed). Cases not yet resolved and not yet due do not count.
   */
  slaMetShare: number | null;
  /**
   * Loop closure: of the reporters of the cell whose case was resolved or closed, the share that was
   * delivered a message at a loop-closing stage (`resolved` or `closed`) for that case — whatever their
   * disclosure level made that message say. Counted per reporter and case; a reporter who asked for no
   * contact (level 0) is never delivered one, so the rate can stay below 1 by their choice.
   */
  loopClosureRate: number | null;
  /** Of the reporters of the cell who answered the satisfaction question (their last answer), the share satisfied. */
  satisfactionShare: number | null;
  /** Of the reporters of the cell whose case was closed, the share who asked for it to be reopened. */
  reopenRate: number | null;
}

export type FigureName = keyof InsightFigures;

export const FIGURE_NAMES: readonly FigureName[] = [
  'reporters',
  'reports',
  'cases',
  'linkedReports',
  'medianHoursToPickup',
  'medianHoursToResolution',
  'slaMetShare',
  'loopClosureRate',
  'satisfactionShare',
  'reopenRate',
];

/** A rate with the distinct reporters behind its denominator, so it can be suppressed on its own. */
export interface ReporterRate {
  value: number | null;
  reporters: number;
}

const HOUR = 3_600_000;

export function roundHours(ms: number): number {
  return Math.round((ms / HOUR) * 100) / 100;
}

export function roundShare(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

export function medianHours(
  cases: readonly CaseFact[],
  milestone: 'pickedUpAt' | 'resolvedAt',
): number | null {
  const durations = cases.flatMap((c) => {
    const at = c[milestone];
    return at ? [at.getTime() - c.openedAt.getTime()] : [];
  });
  const middle = median(durations);
  return middle === null ? null : roundHours(middle);
}

/** SLA met share at `now` (see InsightFigures.slaMetShare). */
export function slaMetShare(cases: readonly CaseFact[], now: Date): number | null {
  let met = 0;
  let known = 0;
  for (const c of cases) {
    if (!c.dueAt) continue;
    if (c.resolvedAt) {
      known++;
      if (c.resolvedAt.getTime() <= c.dueAt.getTime()) met++;
    } else if (now.getTime() > c.dueAt.getTime()) {
      known++;
    }
  }
  return roundShare(met, known);
}
