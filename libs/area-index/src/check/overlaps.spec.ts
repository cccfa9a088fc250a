import type { Area, AreaKind } from '../area/area.types';
import { demoAreas } from '../demo/demo-areas';
import type { Position } from '../geojson/geojson.types';
import { findOverlaps } from './overlaps';

const rect = (id: string, x0: number, y0: number, x1: number, y1: number, kind: AreaKind = 'buurt', holes: Position[][] = []): Area => ({
  id,
  name: id,
  kind,
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], ...holes] },
  bbox: [x0, y0, x1, y1],
});

describe('findOverlaps', () => {
  it('lets neighbours share a border or a corner', () => {
    expect(findOverlaps([rect('a', 0, 0, 2, 2), rect('b', 2, 0, 4, 2), rect('c', 2, 2, 4, 4), rect('d', 1, 2, 2, 3)])).toEqual([]);
  });

  it('finds areas whose edges cross, with a point inside both', () => {
    const [overlap] = findOverlaps([rect('a', 0, 0, 2, 2), rect('b', 1, 1, 3, 3)]);
    expect(overlap).toMatchObject({ a: 'a', b: 'b' });
    expect(overlap?.at).toEqual([2, 1]);
  });

  it('finds overlaps along a shared edge, one inside the other, and identical areas', () => {
    expect(findOverlaps([rect('a', 0, 0, 2, 2), rect('b', 1, 0, 3, 2)])).toHaveLength(1);
    expect(findOverlaps([rect('outer', 0, 0, 4, 4), rect('inner', 1, 1, 2, 2)])).toMatchObject([{ a: 'inner', b: 'outer' }]);
    expect(findOverlaps([rect('a', 0, 0, 2, 2), rect('b', 0, 0, 2, 2)])).toMatchObject([{ a: 'a', b: 'b' }]);
  });

  it('does not count an area lying in the hole of another', () => {
    const ring = rect('ring', 0, 0, 4, 4, 'buurt', [[[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]]]);
    expect(findOverlaps([ring, rect('middle', 1, 1, 3, 3)])).toEqual([]);
  });

  it('compares only areas of one official kind; custom areas may overlap anything', () => {
    expect(findOverlaps([rect('buurt', 0, 0, 2, 2, 'buurt'), rect('wijk', 0, 0, 4, 4, 'wijk'), rect('own', 1, 1, 3, 3, 'custom')])).toEqual([]);
  });

  it('finds no overlaps among the demo municipality’s buurten and wijken', () => {
    expect(findOverlaps(demoAreas())).toEqual([]);
  });

  // A grid whose neighbours share edges: touching is not overlapping, at the size of a real municipality's buurten.
  // (How fast it is belongs in a benchmark, not in a timed test.)
  it('finds no overlap in a grid of 2,500 neighbouring buurten, and the one a shifted cell makes', () => {
    const grid = Array.from({ length: 2500 }, (_, i) => rect(`g${i}`, 4.8 + (i % 50) * 0.002, 52.3 + Math.floor(i / 50) * 0.002, 4.8 + ((i % 50) + 1) * 0.002, 52.3 + (Math.floor(i / 50) + 1) * 0.002));
    expect(findOverlaps(grid)).toEqual([]);
    const shifted = rect('shifted', 4.8 + 0.001, 52.3, 4.8 + 0.003, 52.302);
    const found = findOverlaps([...grid.slice(0, 49), shifted]);
    expect(found.length).toBeGreaterThanOrEqual(1);
  });
});
