import { backoffDelayMs, nextAttempt, type RetryPolicy } from './retry-schedule';

describe('retry schedule', () => {
  const policy: RetryPolicy = { baseDelayMs: 1_000, maxDelayMs: 60_000, maxAttempts: 5, maxAgeMs: 3_600_000 };
  const created = new Date('2026-12-05T08:00:00Z');

  it('doubles the delay per failed attempt, jittered within the upper half, up to the maximum', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(policy, n, () => 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(policy, n, () => 0.999_999))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoffDelayMs(policy, 20, () => 0.999_999)).toBe(60_000);
    expect(backoffDelayMs(policy, 1_000, () => 0)).toBe(30_000);
  });

  it('schedules the next attempt from now', () => {
    const now = new Date(created.getTime() + 10_000);
    expect(nextAttempt(policy, 2, created, now, () => 0.5)).toEqual({ retry: true, at: new Date(now.getTime() + 1_500) });
  });

  it('parks after the last attempt', () => {
    expect(nextAttempt(policy, 5, created, created)).toEqual({ retry: false, reason: 'max-attempts' });
  });

  it('parks when the next attempt would come too long after the delivery was made', () => {
    const late = new Date(created.getTime() + 3_599_500);
    expect(nextAttempt(policy, 1, created, late, () => 0.9)).toEqual({ retry: false, reason: 'max-age' });
  });
});
