import type { Proportion } from '../linking/proportion';
import { ROUTING } from '../werkbank/api';

/** Who chose a case's category as it opened: the reporter, the suggester (a report without one), or nobody (triage). */
export const CATEGORY_SOURCES = ['reporter', 'suggester', 'triage'] as const;
export type CategorySource = (typeof CATEGORY_SOURCES)[number];

/**
 * Routing's `GET /category-corrections`: the cases opened in the last `days` days by who chose their category, how
 * many of them a coordinator gave another category, the share kept with its 95 % interval (null before a case
 * opened), and which categories were corrected to which ("main / sub").
 */
export interface CategoryCorrections {
  days: number;
  since: string;
  bySource: Record<CategorySource, { opened: number; corrected: number; kept: Proportion | null }>;
  confusions: { from: string; to: string; count: number }[];
}

/** The window the insights page measures over. */
export const CORRECTIONS_DAYS = 30;

export const categoryCorrectionsPath = (days: number) =>
  `${ROUTING}/category-corrections?${new URLSearchParams({ days: String(days) }).toString()}`;
