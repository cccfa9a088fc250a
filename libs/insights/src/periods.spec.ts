import { nextPeriodStart, periodKey, periodStart } from './periods';

describe('reporting periods (UTC)', () => {
  it.each([
    ['2026-11-29T23:59:59Z', '2026-W48', '2026-11-23T00:00:00.000Z'],
    ['2026-11-30T00:00:00Z', '2026-W49', '2026-11-30T00:00:00.000Z'],
    ['2027-01-01T12:00:00Z', '2026-W53', '2026-12-28T00:00:00.000Z'],
    ['2025-12-29T08:00:00Z', '2026-W01', '2025-12-29T00:00:00.000Z'],
    ['2021-01-03T08:00:00Z', '2020-W53', '2020-12-28T00:00:00.000Z'],
  ])('puts %s in ISO week %s starting %s', (at, key, start) => {
    expect(periodKey(new Date(at), 'week')).toBe(key);
    expect(periodStart(new Date(at), 'week').toISOString()).toBe(start);
  });

  it('names and bounds months', () => {
    const at = new Date('2026-12-31T23:59:59.999Z');
    expect(periodKey(at, 'month')).toBe('2026-12');
    expect(periodStart(at, 'month').toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(nextPeriodStart(periodStart(at, 'month'), 'month').toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('every instant lies in [start, next start) of its period, and the key changes only at a boundary', () => {
    for (const unit of ['week', 'month'] as const) {
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 3_600_000) {
        const at = new Date(t);
        const start = periodStart(at, unit);
        const next = nextPeriodStart(start, unit);
        expect(start.getTime()).toBeLessThanOrEqual(t);
        expect(next.getTime()).toBeGreaterThan(t);
        expect(periodKey(start, unit)).toBe(periodKey(at, unit));
        expect(periodKey(new Date(next.getTime() - 1), unit)).toBe(periodKey(at, unit));
        expect(periodKey(next, unit)).not.toBe(periodKey(at, unit));
      }
    }
  });
});
