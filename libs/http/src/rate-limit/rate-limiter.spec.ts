import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit within a window, then refuses with the seconds to wait', () => {
    const limiter = new RateLimiter(3, 60_000);
    expect([0, 1, 2].map((t) => limiter.take('1.2.3.4', t).allowed)).toEqual([true, true, true]);
    expect(limiter.take('1.2.3.4', 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
  });

  it('counts each client on its own', () => {
    const limiter = new RateLimiter(1, 60_000);
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('b', 0).allowed).toBe(true);
    expect(limiter.take('a', 1).allowed).toBe(false);
  });

  it('starts afresh when the window has passed', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.take('a', 0);
    expect(limiter.take('a', 59_999).allowed).toBe(false);
    expect(limiter.take('a', 60_000).allowed).toBe(true);
  });

  it('keeps memory bounded under many clients', () => {
    const limiter = new RateLimiter(1, 60_000, 10);
    for (let i = 0; i < 100; i++) limiter.take(`client-${i}`, i);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(10);
  });
});
