import { InMemoryRateLimitStore } from './rate-limit-store';
import { RateLimits } from './rate-limits';

describe('RateLimits', () => {
  let nowMs = 1_800_000_000_000;
  const limits = () =>
    new RateLimits(new InMemoryRateLimitStore(), { reports: { limit: 2, windowMs: 60_000, refusal: 'Too many reports' } }, () => nowMs);

  it('allows the limit within a window, then refuses with the seconds to the next window', async () => {
    const l = limits();
    nowMs = 1_800_000_000_000; // a window boundary (a whole number of minutes since the epoch)
    expect(await l.take('reports', 'a')).toEqual({ allowed: true });
    expect(await l.take('reports', 'a')).toEqual({ allowed: true });
    nowMs += 15_000;
    expect(await l.take('reports', 'a')).toEqual({ allowed: false, retryAfterSeconds: 45, refusal: 'Too many reports' });
    expect(await l.take('reports', 'b')).toEqual({ allowed: true });
    nowMs += 45_000;
    expect(await l.take('reports', 'a')).toEqual({ allowed: true });
  });

  it('refuses to count against a limit nobody configured', async () => {
    await expect(limits().take('nonsense', 'a')).rejects.toThrow(/no rate limit named "nonsense"/);
  });

  it('keeps memory bounded under many clients', async () => {
    const store = new InMemoryRateLimitStore(10);
    for (let i = 0; i < 100; i++) await store.count('b', `client-${i}`, 60_000, nowMs);
    expect((store as unknown as { windows: Map<string, number> }).windows.size).toBeLessThanOrEqual(10);
  });
});
