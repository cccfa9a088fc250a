import { wilson } from './wilson';

describe('wilson', () => {
  it('gives the textbook interval for 8 of 10', () => {
    const p = wilson(8, 10);
    expect(p.rate).toBe(0.8);
    expect(p.low).toBeCloseTo(0.4902, 4);
    expect(p.high).toBeCloseTo(0.9433, 4);
  });

  it('stays inside [0, 1] at none and at all successes', () => {
    const none = wilson(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const all = wilson(10, 10);
    expect(all.low).toBeCloseTo(0.7225, 4);
    expect(all.high).toBe(1);
  });

  it('narrows as the number of trials grows', () => {
    const small = wilson(45, 50);
    const large = wilson(900, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    expect(large.low).toBeLessThan(0.9);
    expect(large.high).toBeGreaterThan(0.9);
  });

  it('says nothing is known without trials', () => {
    expect(wilson(0, 0)).toEqual({ successes: 0, trials: 0, rate: 0, low: 0, high: 1 });
  });

  it('refuses counts that are not counts', () => {
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(-1, 2)).toThrow(RangeError);
    expect(() => wilson(1.5, 2)).toThrow(RangeError);
  });
});
