import { SeededRandom } from '@loket/seeded-random';
import { median } from './median';

describe('median', () => {
  it('is null for nothing, the middle value for an odd count, the mean of the middle two for an even one', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 10, 1, 1000])).toBe(10);
  });

  it('has as many values at or below it as at or above it, for random inputs (and leaves its input alone)', () => {
    const random = new SeededRandom(61);
    for (let run = 0; run < 500; run++) {
      const values = Array.from({ length: 1 + random.int(40) }, () => random.int(100));
      const copy = [...values];
      const m = median(values)!;
      expect(values).toEqual(copy);
      expect(values.filter((v) => v <= m).length).toBeGreaterThanOrEqual(values.length / 2);
      expect(values.filter((v) => v >= m).length).toBeGreaterThanOrEqual(values.length / 2);
      expect(m).toBeGreaterThanOrEqual(Math.min(...values));
      expect(m).toBeLessThanOrEqual(Math.max(...values));
    }
  });
});
