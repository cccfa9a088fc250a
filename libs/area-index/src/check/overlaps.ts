import type { Area } from '../area/area.types';
import type { Position } from '../geojson/geojson.types';
import { INSIDE } from '../geometry/point-location';
import { segmentContact } from '../geometry/segments';
import { type CompiledPolygon, compileArea, locateInPolygons } from '../index/compiled-area';

/** Two areas whose insides overlap, with a point where they do (for a map marker). */
export interface AreaOverlap {
  a: string;
  b: string;
  at: Position;
}

interface Prepared {
  area: Area;
  polygons: CompiledPolygon[];
}

/**
 * Areas of the same official kind (buurt with buurt, wijk with wijk) whose insides overlap; sharing a border
 * is fine, and custom areas may overlap anything (they are drawn the way residents see their neighbourhood).
 * Two areas overlap when an edge of one properly crosses an edge of the other, or when a vertex, an edge
 * midpoint or an inner point of one lies strictly inside the other (this also catches one inside the other
 * and two identical areas; a sample within about a centimetre of the other's border does not count). Candidate
 * pairs come from a sweep over bounding boxes.
 */
export function findOverlaps(areas: readonly Area[]): AreaOverlap[] {
  const prepared: Prepared[] = areas
    .filter((area) => area.kind !== 'custom')
    .map((area) => ({ area, polygons: compileArea(area) }))
    .sort((p, q) => p.area.bbox[0] - q.area.bbox[0]);
  const overlaps: AreaOverlap[] = [];
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i];
    for (let j = i + 1; j < prepared.length && prepared[j].area.bbox[0] < p.area.bbox[2]; j++) {
      const q = prepared[j];
      if (p.area.kind !== q.area.kind) continue;
      if (q.area.bbox[1] >= p.area.bbox[3] || q.area.bbox[3] <= p.area.bbox[1]) continue;
      const at = overlapPoint(p, q);
      if (at) {
        const [a, b] = p.area.id < q.area.id ? [p.area.id, q.area.id] : [q.area.id, p.area.id];
        overlaps.push({ a, b, at });
      }
    }
  }
  return overlaps.sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

function overlapPoint(p: Prepared, q: Prepared): Position | null {
  return crossing(p.polygons, q.polygons) ?? sampleInside(p.polygons, q.polygons) ?? sampleInside(q.polygons, p.polygons);
}

/** The crossing point of the first pair of properly crossing edges, if any. */
function crossing(ps: CompiledPolygon[], qs: CompiledPolygon[]): Position | null {
  for (const p of ps) {
    for (const q of qs) {
      if (q.box[0] >= p.box[2] || q.box[2] <= p.box[0] || q.box[1] >= p.box[3] || q.box[3] <= p.box[1]) continue;
      for (const a of p.rings) {
        for (let i = 0; i + 3 < a.length; i += 2) {
          const [ax, ay, bx, by] = [a[i], a[i + 1], a[i + 2], a[i + 3]];
          if (Math.max(ax, bx) < q.box[0] || Math.min(ax, bx) > q.box[2] || Math.max(ay, by) < q.box[1] || Math.min(ay, by) > q.box[3]) continue;
          for (const b of q.rings) {
            for (let k = 0; k + 3 < b.length; k += 2) {
              if (segmentContact(ax, ay, bx, by, b[k], b[k + 1], b[k + 2], b[k + 3]) === 'cross') {
                return intersection(ax, ay, bx, by, b[k], b[k + 1], b[k + 2], b[k + 3]);
              }
            }
          }
        }
      }
    }
  }
  return null;
}

/** A vertex, edge midpoint or inner point of `ps` strictly inside `qs`. */
function sampleInside(ps: CompiledPolygon[], qs: CompiledPolygon[]): Position | null {
  for (const p of ps) {
    const shell = p.rings[0];
    const samples: Position[] = [innerPoint(p)].filter((s): s is Position => s !== null);
    for (let i = 0; i + 3 < shell.length; i += 2) {
      samples.push([shell[i], shell[i + 1]], [(shell[i] + shell[i + 2]) / 2, (shell[i + 1] + shell[i + 3]) / 2]);
    }
    for (const [x, y] of samples) if (locateInPolygons(qs, x, y) === INSIDE && !nearBoundary(qs, x, y)) return [x, y];
  }
  return null;
}

/**
 * Within TOLERANCE of an edge: a midpoint computed in floating point may land a hair off the border two
 * neighbours share, on either side; such a point says nothing about overlap.
 */
function nearBoundary(polygons: CompiledPolygon[], x: number, y: number): boolean {
  for (const polygon of polygons) {
    for (const ring of polygon.rings) {
      for (let i = 0; i + 3 < ring.length; i += 2) {
        if (distanceToSegment(x, y, ring[i], ring[i + 1], ring[i + 2], ring[i + 3]) <= TOLERANCE) return true;
      }
    }
  }
  return false;
}

/** In degrees: about a centimetre. */
const TOLERANCE = 1e-7;

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * A point strictly inside a polygon: on a horizontal line between two distinct vertex heights near the middle,
 * the middle of the first stretch that lies inside (even-odd over all rings, so never in a hole).
 */
function innerPoint(polygon: CompiledPolygon): Position | null {
  const ys = [...new Set(polygon.rings.flatMap((ring) => Array.from(ring.filter((_, i) => i % 2 === 1))))].sort((a, b) => a - b);
  const middle = Math.max(0, Math.floor(ys.length / 2) - 1);
  if (ys.length < 2) return null;
  const y = (ys[middle] + ys[middle + 1]) / 2;
  const xs: number[] = [];
  for (const ring of polygon.rings) {
    for (let i = 0; i + 3 < ring.length; i += 2) {
      const [ax, ay, bx, by] = [ring[i], ring[i + 1], ring[i + 2], ring[i + 3]];
      if ((ay < y && by > y) || (ay > y && by < y)) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
    }
  }
  xs.sort((a, b) => a - b);
  return xs.length >= 2 ? [(xs[0] + xs[1]) / 2, y] : null;
}

function intersection(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): Position {
  const denominator = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
  const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / denominator;
  return [ax + t * (bx - ax), ay + t * (by - ay)];
}
