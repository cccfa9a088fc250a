import type { AreaGeometry, BBox, Position } from '../geojson/geojson.types';
import { describe } from './format';
import { readPolygon } from './read-polygon';

export type GeometryResult =
  { ok: true; geometry: AreaGeometry; bbox: BBox } | { ok: false; messages: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a GeoJSON Polygon or MultiPolygon and returns a normalised copy (`[lon, lat]` positions,
 * repeated consecutive positions dropped) with its bounding box. Polygons of one MultiPolygon are
 * each checked on their own; they may overlap (the area is their union).
 */
export function readGeometry(raw: unknown): GeometryResult {
  if (raw === null || raw === undefined) return { ok: false, messages: ['has no geometry'] };
  if (!isRecord(raw))
    return { ok: false, messages: [`geometry is ${describe(raw)}, expected a GeoJSON object`] };
  if (raw.type === 'Polygon') {
    const result = readPolygon(raw.coordinates, null);
    if (!result.ok) return result;
    return {
      ok: true,
      geometry: { type: 'Polygon', coordinates: result.rings },
      bbox: bboxOf([result.rings]),
    };
  }
  if (raw.type === 'MultiPolygon') {
    const parts = raw.coordinates;
    if (!Array.isArray(parts)) {
      return {
        ok: false,
        messages: [`MultiPolygon coordinates are ${describe(parts)}, expected an array of polygons`],
      };
    }
    if (parts.length === 0) return { ok: false, messages: ['MultiPolygon has no polygons'] };
    const polygons: Position[][][] = [];
    const messages: string[] = [];
    parts.forEach((part: unknown, i) => {
      const result = readPolygon(part, i);
      if (result.ok) polygons.push(result.rings);
      else messages.push(...result.messages);
    });
    if (messages.length > 0) return { ok: false, messages };
    return { ok: true, geometry: { type: 'MultiPolygon', coordinates: polygons }, bbox: bboxOf(polygons) };
  }
  return {
    ok: false,
    messages: [`geometry type ${describe(raw.type)} is not supported; expected Polygon or MultiPolygon`],
  };
}

function bboxOf(polygons: Position[][][]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    // The shell bounds the polygon: holes lie inside it.
    for (const [x, y] of polygon[0]) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}
