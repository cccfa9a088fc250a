import type { Area } from '../area/area.types';
import type { AreaGeometry, Position } from '../geojson/geojson.types';
import { AreaIndex } from './area-index';
import { areaContains } from './compiled-area';

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
function area(id: string, geometry: AreaGeometry): Area {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const xs = polygons.flatMap((p) => p[0].map((q) => q[0]));
  const ys = polygons.flatMap((p) => p[0].map((q) => q[1]));
  return {
    id,
    name: id,
    kind: 'custom',
    geometry,
    bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
  };
}

// Two buurten side by side in a wijk; a park-shaped hole in a custom area; a MultiPolygon of two islands.
const west = area('west', { type: 'Polygon', coordinates: [square(0, 0, 2)] });
const east = area('east', { type: 'Polygon', coordinates: [square(2, 0, 2)] });
const wijk = area('wijk', {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [4, 0],
      [4, 2],
      [0, 2],
      [0, 0],
    ],
  ],
});
const ring = area('ring', { type: 'Polygon', coordinates: [square(10, 10, 4), square(11, 11, 2)] });
const islands = area('islands', {
  type: 'MultiPolygon',
  coordinates: [[square(20, 0, 1)], [square(21, 0, 1)], [square(30, 0, 1)]],
});

describe('AreaIndex', () => {
  const index = AreaIndex.build([wijk, west, east, ring, islands]);

  it('counts and finds its areas', () => {
    expect(index.size).toBe(5);
    expect(index.get('ring')).toBe(ring);
    expect(index.get('nope')).toBeUndefined();
  });

  it('returns every area containing the point, in the order given to build', () => {
    expect(index.areasAt(1, 1)).toEqual(['wijk', 'west']);
    expect(index.areasAt(3, 1)).toEqual(['wijk', 'east']);
    expect(index.areasAt(5, 5)).toEqual([]);
  });

  it('gives a point on a shared edge or vertex to both areas (inclusive boundary)', () => {
    expect(index.areasAt(2, 1)).toEqual(['wijk', 'west', 'east']);
    expect(index.areasAt(2, 2)).toEqual(['wijk', 'west', 'east']);
    expect(index.areasAt(0, 0)).toEqual(['wijk', 'west']);
    expect(index.areasAt(4, 1)).toEqual(['wijk', 'east']);
  });

  it('excludes the inside of a hole but includes its edge (the hole is open)', () => {
    expect(index.areasAt(12, 12)).toEqual([]);
    expect(index.areasAt(11, 12)).toEqual(['ring']);
    expect(index.areasAt(13, 13)).toEqual(['ring']);
    expect(index.areasAt(10.5, 12)).toEqual(['ring']);
  });

  it('finds every part of a MultiPolygon, once, also on the edge its parts share', () => {
    expect(index.areasAt(20.5, 0.5)).toEqual(['islands']);
    expect(index.areasAt(30.5, 0.5)).toEqual(['islands']);
    expect(index.areasAt(21, 0.5)).toEqual(['islands']);
    expect(index.areasAt(25, 0.5)).toEqual([]);
  });

  it('returns nothing for non-finite coordinates', () => {
    expect(index.areasAt(NaN, 1)).toEqual([]);
    expect(index.areasAt(1, Infinity)).toEqual([]);
  });

  it('works when empty', () => {
    const empty = AreaIndex.build([]);
    expect(empty.size).toBe(0);
    expect(empty.areasAt(0, 0)).toEqual([]);
  });

  it('refuses duplicate ids', () => {
    expect(() => AreaIndex.build([west, west])).toThrow('AreaIndex: duplicate area id west');
  });
});

describe('areaContains', () => {
  it('follows the same semantics for one area', () => {
    expect(areaContains(ring, 10.5, 10.5)).toBe(true);
    expect(areaContains(ring, 11, 11)).toBe(true);
    expect(areaContains(ring, 12, 12)).toBe(false);
    expect(areaContains(ring, 15, 12)).toBe(false);
    expect(areaContains(islands, 21, 1)).toBe(true);
    expect(areaContains(islands, NaN, 1)).toBe(false);
  });
});
