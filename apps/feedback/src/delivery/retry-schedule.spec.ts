import { nextAttemptDelayMs } from './retry-schedule';

describe('nextAttemptDelayMs', () => {
  const policy = { baseMs: 2_000, maxMs: 60_000 };
  const noJitter = () => 1;

  it('doubles with every failed attempt', () => {
    expect([1, 2, 3, 4, 5].map((n) => nextAttemptDelayMs(n, policy, noJitter))).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
  });

  it('never waits longer than the cap, however often it failed', () => {
    expect(nextAttemptDelayMs(6, policy, noJitter)).toBe(60_000);
    expect(nextAttemptDelayMs(10_000, policy, noJitter)).toBe(60_000);
  });

  it('spreads retries by up to a fifth earlier', () => {
    expect(nextAttemptDelayMs(1, policy, () => 0)).toBe(1_600);
  });
});
