/**
 * When a failed delivery is tried again: exponential backoff (`baseDelayMs` doubled per failed attempt, at most
 * `maxDelayMs`) with jitter (a random point in the upper half of that delay, so receivers coming back from an
 * outage are not hit by every sender at once). After `maxAttempts` attempts, or once the next attempt would
 * fall more than `maxAgeMs` after the first, the delivery is parked as failed.
 */
export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
  maxAgeMs: number;
}

export type RetryDecision = { retry: true; at: Date } | { retry: false; reason: 'max-attempts' | 'max-age' };

/** Like ZGW Notificaties' and Standard Webhooks' defaults: about a day and a half of tries. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 5_000,
  maxDelayMs: 10 * 60 * 60 * 1000,
  maxAttempts: 12,
  maxAgeMs: 48 * 60 * 60 * 1000,
};

/** `attemptsMade`: including the one that just failed; `random`: in [0, 1). */
export function nextAttempt(
  policy: RetryPolicy,
  attemptsMade: number,
  firstCreatedAt: Date,
  now: Date,
  random: () => number = Math.random,
): RetryDecision {
  if (attemptsMade >= policy.maxAttempts) return { retry: false, reason: 'max-attempts' };
  const delay = backoffDelayMs(policy, attemptsMade, random);
  const at = new Date(now.getTime() + delay);
  if (at.getTime() - firstCreatedAt.getTime() > policy.maxAgeMs) return { retry: false, reason: 'max-age' };
  return { retry: true, at };
}

export function backoffDelayMs(policy: RetryPolicy, attemptsMade: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attemptsMade - 1, 0), 30);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
