import { SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, () => new SeededRandom(seed)).map((r) => r.next());
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    expect(Array.from({ length: 10 }, () => a.next())).toEqual(Array.from({ length: 10 }, () => b.next()));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('draws floats in [0, 1)', () => {
    const r = new SeededRandom(7);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
