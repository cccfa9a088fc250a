import { randomStarPolygon } from '../../testing/random-areas';
import { SeededRandom } from '../../testing/seeded-random';
import { locateInPolygon } from '../geometry/point-location';
import { BandedPolygon } from './banded-polygon';

describe('BandedPolygon', () => {
  it('locates like the ring-by-ring test, for polygons of 3 to 2,000 vertices, on and off edges', () => {
    const random = new SeededRandom(31);
    for (let n = 0; n < 120; n++) {
      const rings = randomStarPolygon(random, {
        cx: 4.9,
        cy: 52.37,
        rx: 0.01,
        ry: 0.005,
        vertices: random.pick([3, 4, 9, 40, 300, 2000]),
        convex: random.chance(0.3),
        holes: random.pick([0, 1, 2] as const),
        grid: random.chance(0.5) ? 2 ** -20 : undefined,
      });
      const flat = rings.map((r) => Float64Array.from(r.flat()));
      const banded = BandedPolygon.from(flat);
      for (let k = 0; k < 300; k++) {
        let x = random.range(4.885, 4.915);
        let y = random.range(52.36, 52.38);
        if (k % 3 === 0) {
          const ring = random.pick(rings);
          const i = random.int(0, ring.length - 2);
          const t = k % 2 ? 0 : random.int(0, 8) / 8;
          x = ring[i][0] + t * (ring[i + 1][0] - ring[i][0]);
          y = ring[i][1] + t * (ring[i + 1][1] - ring[i][1]);
        }
        expect([x, y, banded.locate(x, y)]).toEqual([x, y, locateInPolygon(flat, x, y)]);
      }
    }
  });
});
