/** A share with its 95 % confidence interval. */
export interface Proportion {
  readonly successes: number;
  readonly trials: number;
  /** successes / trials (0 when there were no trials). */
  readonly rate: number;
  readonly low: number;
  readonly high: number;
}

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * The share `successes / trials` with its Wilson score interval: unlike the normal approximation it stays inside
 * [0, 1] and is honest at 0 or n successes and for small n. No trials: rate 0 and the whole interval [0, 1].
 */
export function wilson(successes: number, trials: number, z: number = Z_95): Proportion {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`wilson: need whole numbers 0 ≤ successes ≤ trials, got ${successes}/${trials}`);
  }
  if (trials === 0) return { successes, trials, rate: 0, low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return {
    successes,
    trials,
    rate: p,
    low: successes === 0 ? 0 : Math.max(0, centre - margin),
    high: successes === trials ? 1 : Math.min(1, centre + margin),
  };
}
