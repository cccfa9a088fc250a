import { referenceOrientation } from '../../testing/reference-location';
import { SeededRandom } from '../../testing/seeded-random';
import { orientation } from './orientation';

describe('orientation', () => {
  it('is 1 for a left turn, -1 for a right turn, 0 for collinear points', () => {
    expect(orientation(0, 0, 1, 0, 0.5, 1)).toBe(1);
    expect(orientation(0, 0, 1, 0, 0.5, -1)).toBe(-1);
    expect(orientation(0, 0, 1, 1, 3, 3)).toBe(0);
  });

  it('is exact where the plain floating-point determinant is wrong (Kettner et al.’s grid near y = x)', () => {
    const step = 2 ** -53;
    let naiveWrong = 0;
    for (let i = 0; i < 64; i++) {
      for (let j = 0; j < 64; j++) {
        const [px, py] = [0.5 + i * step, 0.5 + j * step];
        const exact = referenceOrientation(12, 12, 24, 24, px, py);
        expect(orientation(12, 12, 24, 24, px, py)).toBe(exact);
        const naive = Math.sign((12 - px) * (24 - py) - (12 - py) * (24 - px));
        if (naive !== exact) naiveWrong++;
      }
    }
    expect(naiveWrong).toBeGreaterThan(0); // the test does reach the hard cases
  });

  it('stays exact for subnormal coordinates (no underflow shortcut)', () => {
    const t = Number.MIN_VALUE;
    expect(orientation(0, 0, t, t, 2 * t, 2 * t)).toBe(0);
    expect(orientation(0, 0, t, t, 2 * t, 3 * t)).toBe(1);
    expect(orientation(0, 0, t, t, 3 * t, 2 * t)).toBe(-1);
  });

  it('agrees with exact rational arithmetic on 10,000 near-collinear triples', () => {
    const random = new SeededRandom(11);
    for (let k = 0; k < 10_000; k++) {
      const [ax, ay] = [random.range(-180, 180), random.range(-90, 90)];
      const [bx, by] = [ax + random.range(-1, 1), ay + random.range(-1, 1)];
      const t = random.range(-0.5, 1.5);
      let cx = ax + t * (bx - ax);
      let cy = ay + t * (by - ay);
      if (random.chance(0.3)) cx += random.pick([-1, 1]) * Number.EPSILON * Math.abs(cx);
      if (random.chance(0.3)) cy += random.pick([-1, 1]) * Number.EPSILON * Math.abs(cy);
      expect(orientation(ax, ay, bx, by, cx, cy)).toBe(referenceOrientation(ax, ay, bx, by, cx, cy));
    }
  });
});
