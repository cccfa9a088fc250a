import type { Area } from '../area/area.types';
import type { Position } from '../geojson/geojson.types';
import { parseAreaCollection } from '../parse/parse-area-collection';
import { randomAreas } from '../../testing/random-areas';
import { referenceArea } from '../../testing/reference-location';
import { SeededRandom } from '../../testing/seeded-random';
import { AreaIndex } from './area-index';
import { compileArea, locateInPolygons } from './compiled-area';
import { OUTSIDE } from '../geometry/point-location';

const REGION: [number, number, number, number] = [4.86, 52.35, 4.93, 52.39];

/** Random points, plus vertices and points on edges of random areas (where a scan and an index most easily disagree). */
function probes(random: SeededRandom, areas: Area[], count: number): Position[] {
  const points: Position[] = [];
  while (points.length < count) {
    const roll = random.next();
    if (roll < 0.8) {
      points.push([
        random.range(REGION[0] - 0.005, REGION[2] + 0.005),
        random.range(REGION[1] - 0.005, REGION[3] + 0.005),
      ]);
      continue;
    }
    const geometry = random.pick(areas).geometry;
    const rings = geometry.type === 'Polygon' ? geometry.coordinates : random.pick(geometry.coordinates);
    const ring = random.pick(rings);
    const k = random.int(0, ring.length - 2);
    const [a, b] = [ring[k], ring[k + 1]];
    const t = roll < 0.9 ? 0 : random.next();
    points.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
  }
  return points;
}

describe('AreaIndex against a brute-force scan', () => {
  const random = new SeededRandom(2024);
  const areas = randomAreas(random, 1000, REGION);
  const index = AreaIndex.build(areas);
  const points = probes(random, areas, 10_000);

  it('builds from 1,000 random areas that all pass validation', () => {
    const result = parseAreaCollection({
      type: 'FeatureCollection',
      features: areas.map((a) => ({
        type: 'Feature',
        id: a.id,
        properties: { name: a.name, kind: a.kind },
        geometry: a.geometry,
      })),
    });
    expect(result.ok ? result.areas : result.errors).toEqual(areas);
    expect(index.size).toBe(1000);
    expect(areas.filter((a) => a.geometry.type === 'MultiPolygon').length).toBeGreaterThan(100);
    expect(
      areas.filter((a) => a.geometry.type === 'Polygon' && a.geometry.coordinates.length > 1).length,
    ).toBeGreaterThan(200);
  });

  it('returns for 10,000 points exactly the areas a scan over all 1,000 finds', () => {
    const compiled = areas.map(compileArea);
    let hits = 0;
    for (const [x, y] of points) {
      // A scan: every area, its box as a shortcut only (a point outside the box is outside the area).
      const expected: string[] = [];
      areas.forEach((a, i) => {
        const [minX, minY, maxX, maxY] = a.bbox;
        if (x < minX || x > maxX || y < minY || y > maxY) return;
        if (locateInPolygons(compiled[i], x, y) !== OUTSIDE) expected.push(a.id);
      });
      hits += expected.length;
      expect(index.areasAt(x, y)).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(3_000);
  });

  it('agrees with the exact reference on the areas around 1,000 of those points', () => {
    const references = new Map<string, (x: number, y: number) => boolean>();
    const referenceOf = (a: Area) => {
      let f = references.get(a.id);
      if (!f) references.set(a.id, (f = referenceArea(a)));
      return f;
    };
    for (const [x, y] of points.slice(0, 1000)) {
      const near = areas.filter((a) => x >= a.bbox[0] && x <= a.bbox[2] && y >= a.bbox[1] && y <= a.bbox[3]);
      expect(index.areasAt(x, y)).toEqual(near.filter((a) => referenceOf(a)(x, y)).map((a) => a.id));
    }
  });
});
