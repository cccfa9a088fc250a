/** What a reporter may hear: 0 none, 1 receipt, 2 progress, 3 outcome, 4 trusted (see the architecture brief). */
export type DisclosureLevel = 0 | 1 | 2 | 3 | 4;

export const DISCLOSURE_LEVELS: readonly DisclosureLevel[] = [0, 1, 2, 3, 4];

export const DISCLOSURE_LEVEL_NAMES: Readonly<Record<DisclosureLevel, string>> = {
  0: 'none',
  1: 'receipt',
  2: 'progress',
  3: 'outcome',
  4: 'trusted',
};

/** How much the subject of a category needs protecting: 1 public space, 2 nuisance, 3 safety, 4 care or serious crime. */
export type Sensitivity = 1 | 2 | 3 | 4;

export const SENSITIVITIES: readonly Sensitivity[] = [1, 2, 3, 4];

export type ReporterTier = 'anonymous' | 'resident' | 'volunteer' | 'professional';

export const REPORTER_TIERS: readonly ReporterTier[] = ['anonymous', 'resident', 'volunteer', 'professional'];

export function isDisclosureLevel(value: unknown): value is DisclosureLevel {
  return typeof value === 'number' && (DISCLOSURE_LEVELS as readonly number[]).includes(value);
}

/** 'level 2 (progress)'. */
export function describeLevel(level: DisclosureLevel): string {
  return `level ${level} (${DISCLOSURE_LEVEL_NAMES[level]})`;
}
