import type { Area } from '../area/area.types';
import type { Position } from '../geojson/geojson.types';
import { BOUNDARY, INSIDE, locateInPolygon, type Location, OUTSIDE } from '../geometry/point-location';

/** One polygon of an area, ready for fast lookups: rings as flat closed coordinate arrays, shell first. */
export interface CompiledPolygon {
  rings: Float64Array[];
  /** minX, minY, maxX, maxY of the shell. */
  box: [number, number, number, number];
}

function flatRing(ring: Position[]): Float64Array {
  const flat = new Float64Array(ring.length * 2);
  for (let i = 0; i < ring.length; i++) {
    flat[2 * i] = ring[i][0];
    flat[2 * i + 1] = ring[i][1];
  }
  return flat;
}

function boxOf(shell: Float64Array): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < shell.length; i += 2) {
    box[0] = Math.min(box[0], shell[i]);
    box[1] = Math.min(box[1], shell[i + 1]);
    box[2] = Math.max(box[2], shell[i]);
    box[3] = Math.max(box[3], shell[i + 1]);
  }
  return box;
}

/** The polygons of an area's Polygon or MultiPolygon, compiled. */
export function compileArea(area: Area): CompiledPolygon[] {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  return polygons.map((rings) => {
    const flat = rings.map(flatRing);
    return { rings: flat, box: boxOf(flat[0]) };
  });
}

/** Where a point lies relative to compiled polygons (their union; boundaries of shells and holes included). */
export function locateInPolygons(polygons: readonly CompiledPolygon[], lon: number, lat: number): Location {
  let result: Location = OUTSIDE;
  for (const polygon of polygons) {
    const location = locateInPolygon(polygon.rings, lon, lat);
    if (location === INSIDE) return INSIDE;
    if (location === BOUNDARY) result = BOUNDARY;
  }
  return result;
}

/**
 * Whether an area contains the point `(lon, lat)`. Boundaries are inclusive: a point exactly on an
 * edge or vertex of the area, including on the edge of one of its holes, is in the area; a point
 * strictly inside a hole is not. Decided exactly on the given doubles. A scan of one area: use
 * `AreaIndex` to look up many areas.
 */
export function areaContains(area: Area, lon: number, lat: number): boolean {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return false;
  const [minX, minY, maxX, maxY] = area.bbox;
  if (lon < minX || lon > maxX || lat < minY || lat > maxY) return false;
  return locateInPolygons(compileArea(area), lon, lat) !== OUTSIDE;
}
