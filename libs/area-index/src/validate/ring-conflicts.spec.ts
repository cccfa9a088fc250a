import { randomStarPolygon } from '../../testing/random-areas';
import { SeededRandom } from '../../testing/seeded-random';
import { segmentContact } from '../geometry/segments';
import { findRingConflict } from './ring-conflicts';

/** Brute force over every pair of edges of one ring: is it simple? */
function simpleByBruteForce(ring: Float64Array): boolean {
  const m = ring.length / 2 - 1;
  const p = (i: number): [number, number] => [ring[2 * (i % m)], ring[2 * (i % m) + 1]];
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const contact = segmentContact(...p(i), ...p(i + 1), ...p(j), ...p(j + 1));
      const adjacent = j === i + 1 || (i === 0 && j === m - 1);
      if (!adjacent && contact !== 'none') return false;
      if (adjacent && contact === 'overlap') return false;
    }
  }
  return true;
}

describe('findRingConflict', () => {
  it('finds nothing in a simple polygon', () => {
    const random = new SeededRandom(21);
    for (let n = 0; n < 200; n++) {
      const rings = randomStarPolygon(random, {
        cx: 4.9,
        cy: 52.37,
        rx: 0.01,
        ry: 0.01,
        vertices: random.int(3, 200),
        convex: random.chance(0.5),
        holes: random.pick([0, 1, 2] as const),
      });
      expect(findRingConflict(rings.map((r) => Float64Array.from(r.flat())))).toBeNull();
    }
  });

  it('agrees with a brute-force pairwise check on random rings (mostly self-intersecting)', () => {
    const random = new SeededRandom(22);
    let simple = 0;
    for (let n = 0; n < 3000; n++) {
      const size = random.int(3, 9);
      // Small integer coordinates make touching vertices and collinear overlaps common.
      const points = Array.from({ length: size }, () => [random.int(0, 4), random.int(0, 4)]);
      const deduped = points.filter(
        (q, i) => i === 0 || q[0] !== points[i - 1][0] || q[1] !== points[i - 1][1],
      );
      if (deduped.length > 1 && deduped[0].join() === deduped[deduped.length - 1].join()) deduped.pop();
      if (deduped.length < 3) continue;
      const ring = Float64Array.from([...deduped, deduped[0]].flat());
      const expected = simpleByBruteForce(ring);
      if (expected) simple++;
      expect(findRingConflict([ring]) === null).toBe(expected);
    }
    expect(simple).toBeGreaterThan(100);
  });
});
