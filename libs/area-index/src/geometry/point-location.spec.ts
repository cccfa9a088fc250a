import type { Position } from '../geojson/geojson.types';
import { randomStarPolygon } from '../../testing/random-areas';
import { ReferencePolygon, type ReferenceLocation } from '../../testing/reference-location';
import { SeededRandom } from '../../testing/seeded-random';
import { BOUNDARY, INSIDE, locateInPolygon, locateInRing, type Location, OUTSIDE } from './point-location';

const flat = (ring: Position[]): Float64Array => Float64Array.from(ring.flat());
const NAMES: Record<Location, ReferenceLocation> = {
  [OUTSIDE]: 'outside',
  [INSIDE]: 'inside',
  [BOUNDARY]: 'boundary',
};
const locate = (rings: Position[][], x: number, y: number): ReferenceLocation =>
  NAMES[locateInPolygon(rings.map(flat), x, y)];

describe('locateInRing', () => {
  const square = flat([
    [0, 0],
    [4, 0],
    [4, 4],
    [0, 4],
    [0, 0],
  ]);

  it('tells inside from outside', () => {
    expect(locateInRing(square, 2, 2)).toBe(INSIDE);
    expect(locateInRing(square, 5, 2)).toBe(OUTSIDE);
    expect(locateInRing(square, -1, 2)).toBe(OUTSIDE);
    expect(locateInRing(square, 2, 5)).toBe(OUTSIDE);
  });

  it('puts points on edges and vertices on the boundary', () => {
    for (const [x, y] of [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [2, 0],
      [4, 2],
      [2, 4],
      [0, 2],
    ]) {
      expect(locateInRing(square, x, y)).toBe(BOUNDARY);
    }
  });

  it('is not fooled by a ray through vertices (y of the point equals y of vertices)', () => {
    const diamond = flat([
      [2, 0],
      [4, 2],
      [2, 4],
      [0, 2],
      [2, 0],
    ]);
    expect(locateInRing(diamond, 1, 2)).toBe(INSIDE);
    expect(locateInRing(diamond, -1, 2)).toBe(OUTSIDE);
    expect(locateInRing(diamond, 5, 2)).toBe(OUTSIDE);
    const zigzag = flat([
      [0, 0],
      [6, 0],
      [6, 4],
      [4, 2],
      [2, 4],
      [0, 2],
      [0, 0],
    ]);
    expect(locateInRing(zigzag, 1, 2)).toBe(INSIDE);
    expect(locateInRing(zigzag, 3, 2)).toBe(INSIDE);
    expect(locateInRing(zigzag, 4, 3)).toBe(OUTSIDE);
    expect(locateInRing(zigzag, 4, 2)).toBe(BOUNDARY);
    expect(locateInRing(zigzag, 2, 4)).toBe(BOUNDARY);
  });

  it('does not depend on the ring’s orientation', () => {
    const clockwise = flat([
      [0, 0],
      [0, 4],
      [4, 4],
      [4, 0],
      [0, 0],
    ]);
    expect(locateInRing(clockwise, 2, 2)).toBe(INSIDE);
    expect(locateInRing(clockwise, 2, 4)).toBe(BOUNDARY);
  });
});

describe('locateInPolygon', () => {
  const withHole: Position[][] = [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [3, 3],
      [3, 7],
      [7, 7],
      [7, 3],
      [3, 3],
    ],
  ];

  it('excludes the inside of a hole and includes its edge (the hole is open)', () => {
    expect(locate(withHole, 1, 1)).toBe('inside');
    expect(locate(withHole, 5, 5)).toBe('outside');
    expect(locate(withHole, 3, 5)).toBe('boundary');
    expect(locate(withHole, 7, 7)).toBe('boundary');
    expect(locate(withHole, 0, 5)).toBe('boundary');
  });
});

describe('locateInPolygon against an exact winding-number reference', () => {
  /** Points that stress every case: anywhere, at vertices, exactly on edges, just off edges. */
  function probes(random: SeededRandom, rings: Position[][], exactEdges: boolean): Position[] {
    const xs = rings[0].map((p) => p[0]);
    const ys = rings[0].map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const points: Position[] = [];
    for (let i = 0; i < 40; i++) {
      points.push([random.range(x0 - 0.1 * (x1 - x0), x1 + 0.1 * (x1 - x0)), random.range(y0, y1)]);
      const ring = random.pick(rings);
      const k = random.int(0, ring.length - 2);
      const [a, b] = [ring[k], ring[k + 1]];
      points.push([a[0], a[1]]);
      points.push([a[0], random.range(y0, y1)]); // on a vertex's vertical
      points.push([random.range(x0, x1), a[1]]); // on a vertex's horizontal: the ray passes the vertex
      const t = exactEdges ? random.int(1, 15) / 16 : random.next();
      points.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
      const mid: Position = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      points.push([mid[0] + random.pick([-1, 1]) * 2 ** -40, mid[1]]);
    }
    return points;
  }

  function check(
    seed: number,
    options: { convex: boolean; holes: 0 | 1 | 2; grid?: number },
    polygons: number,
  ) {
    const random = new SeededRandom(seed);
    const seen = { inside: 0, outside: 0, boundary: 0 };
    for (let n = 0; n < polygons; n++) {
      const rings = randomStarPolygon(random, {
        cx: random.range(4.8, 5),
        cy: random.range(52.3, 52.4),
        rx: random.range(0.001, 0.05),
        ry: random.range(0.001, 0.05),
        vertices: random.int(options.holes ? 8 : 3, 60),
        convex: options.convex,
        holes: options.holes,
        grid: options.grid,
      });
      const reference = new ReferencePolygon(rings);
      const compiled = rings.map(flat);
      for (const [x, y] of probes(random, rings, options.grid !== undefined)) {
        const expected = reference.locate(x, y);
        seen[expected]++;
        if (NAMES[locateInPolygon(compiled, x, y)] !== expected) {
          throw new Error(
            `seed ${seed}, polygon ${n}: (${x}, ${y}) expected ${expected}: ${JSON.stringify(rings)}`,
          );
        }
      }
    }
    return seen;
  }

  it('agrees on random convex polygons', () => {
    const seen = check(1, { convex: true, holes: 0 }, 100);
    expect(Math.min(seen.inside, seen.outside, seen.boundary)).toBeGreaterThan(100);
  });

  it('agrees on random non-convex polygons', () => {
    check(2, { convex: false, holes: 0 }, 100);
  });

  it('agrees on random polygons with one or two holes', () => {
    check(3, { convex: false, holes: 1 }, 60);
    check(4, { convex: true, holes: 2 }, 60);
  });

  it('puts points exactly on edges (built exactly on a dyadic grid) on the boundary', () => {
    const seen = check(5, { convex: false, holes: 1, grid: 2 ** -16 }, 100);
    expect(seen.boundary).toBeGreaterThan(100 * 40);
  });
});
