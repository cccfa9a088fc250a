import type { Priority, ReporterTier } from '../policy/routing-policy.types';

/** Bit of a value that no condition lists: an unknown tier, or an input without priority. */
const UNLISTED = 16;
/** The mask of an absent condition: every value passes, the unlisted one too. */
export const ANY = 31;

const TIER_BITS: Readonly<Record<string, number>> = {
  anonymous: 1,
  resident: 2,
  volunteer: 4,
  professional: 8,
};
const PRIORITY_BITS: Readonly<Record<string, number>> = { low: 1, normal: 2, high: 4, urgent: 8 };

export function tierBit(tier: ReporterTier): number {
  return TIER_BITS[tier] ?? UNLISTED;
}

export function priorityBit(priority: Priority | undefined): number {
  return priority === undefined ? UNLISTED : (PRIORITY_BITS[priority] ?? UNLISTED);
}

/** The mask of a condition list; ANY when the condition is absent, 0 for an empty list. */
export function tierMask(tiers: readonly ReporterTier[] | undefined): number {
  if (tiers === undefined) return ANY;
  let mask = 0;
  for (const tier of tiers) mask |= TIER_BITS[tier] ?? 0;
  return mask;
}

export function priorityMask(priorities: readonly Priority[] | undefined): number {
  if (priorities === undefined) return ANY;
  let mask = 0;
  for (const priority of priorities) mask |= PRIORITY_BITS[priority] ?? 0;
  return mask;
}
