import { neighbourhoodTiling } from '../../testing/neighbourhood-tiling';
import { SeededRandom } from '../../testing/seeded-random';
import { INSIDE, locateInRing } from '../geometry/point-location';
import { parseAreaCollection } from '../parse/parse-area-collection';
import { AreaIndex } from './area-index';
import { compileArea } from './compiled-area';

describe('AreaIndex on a tiling of 1,000 buurten (the benchmark’s areas)', () => {
  const random = new SeededRandom(4);
  const region: [number, number, number, number] = [4.86, 52.35, 4.93, 52.39];
  const areas = neighbourhoodTiling(random, 40, 25, region);
  const index = AreaIndex.build(areas);

  it('builds valid areas of 20–60 vertices', () => {
    const result = parseAreaCollection({
      type: 'FeatureCollection',
      features: areas.map((a) => ({
        type: 'Feature',
        id: a.id,
        properties: { name: a.name, kind: a.kind },
        geometry: a.geometry,
      })),
    });
    expect(result.ok ? result.areas.length : result.errors.slice(0, 3)).toBe(1000);
    for (const a of areas) {
      const shell = a.geometry.coordinates[0] as unknown[];
      expect(shell.length - 1).toBeGreaterThanOrEqual(20);
      expect(shell.length - 1).toBeLessThanOrEqual(60);
    }
  });

  it('puts every point of the region in exactly one buurt, except points in a hole', () => {
    const holes = areas.flatMap((a) => compileArea(a).flatMap((p) => p.rings.slice(1)));
    for (let k = 0; k < 20_000; k++) {
      const [x, y] = [random.range(region[0], region[2]), random.range(region[1], region[3])];
      const found = index.areasAt(x, y);
      if (found.length !== 1) {
        expect([x, y, found.length, holes.some((h) => locateInRing(h, x, y) === INSIDE)]).toEqual([
          x,
          y,
          0,
          true,
        ]);
      }
    }
  });

  it('gives points on a shared side to both neighbours', () => {
    const shell = areas[41].geometry.coordinates[0] as [number, number][];
    for (const [x, y] of shell) expect(index.areasAt(x, y).length).toBeGreaterThanOrEqual(2);
  });
});
