/** How long a message waits after its n-th failed attempt: exponential, capped, with a little jitter. */
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
}

export function nextAttemptDelayMs(failedAttempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const raw = Math.min(policy.baseMs * 2 ** Math.min(exponent, 30), policy.maxMs);
  const jitter = 0.8 + 0.2 * random(); // up to 20 % earlier, so instances do not retry in lockstep
  return Math.round(raw * jitter);
}
