import type { Position } from '../geojson/geojson.types';
import { INSIDE, locateInRing, OUTSIDE } from '../geometry/point-location';
import { describe, formatPosition, ringLabel } from './format';
import { type CheckedRing, readRing } from './read-ring';
import { findRingConflict, type RingConflict } from './ring-conflicts';

export type PolygonResult = { ok: true; rings: Position[][] } | { ok: false; messages: string[] };

/**
 * Checks one polygon (shell, then holes): every ring on its own (see `readRing`), no ring
 * intersecting itself, no two rings crossing or sharing an edge, every hole inside its shell, and no
 * hole inside another. `polygon` numbers the polygon inside a MultiPolygon (null for a Polygon).
 */
export function readPolygon(raw: unknown, polygon: number | null): PolygonResult {
  const where = polygon === null ? 'polygon' : `polygon ${polygon}`;
  if (!Array.isArray(raw))
    return { ok: false, messages: [`${where}: is ${describe(raw)}, expected an array of rings`] };
  if (raw.length === 0) return { ok: false, messages: [`${where}: has no rings`] };
  const rings: CheckedRing[] = [];
  const messages: string[] = [];
  raw.forEach((ring: unknown, i) => {
    const result = readRing(ring, ringLabel(polygon, i));
    if (result.ok) rings.push(result.ring);
    else messages.push(result.message);
  });
  if (messages.length > 0) return { ok: false, messages };
  const conflict = findRingConflict(rings.map((r) => r.flat));
  if (conflict) return { ok: false, messages: [conflictMessage(rings, conflict, polygon)] };
  const placement = holePlacementProblem(rings, polygon);
  if (placement) return { ok: false, messages: [placement] };
  return { ok: true, rings: rings.map((r) => r.positions) };
}

function edgeText(ring: CheckedRing, edge: number): string {
  const [ax, ay] = ring.positions[edge];
  const [bx, by] = ring.positions[edge + 1];
  return `edge ${ring.source[edge]}–${ring.source[edge + 1]} (${formatPosition(ax, ay)}–${formatPosition(bx, by)})`;
}

function conflictMessage(rings: CheckedRing[], c: RingConflict, polygon: number | null): string {
  const a = `${edgeText(rings[c.ringA], c.edgeA)}`;
  const b = `${edgeText(rings[c.ringB], c.edgeB)}`;
  if (c.ringA === c.ringB) {
    const how = c.contact === 'overlap' ? 'overlaps' : c.contact === 'cross' ? 'crosses' : 'touches';
    return `${ringLabel(polygon, c.ringA)}: is self-intersecting: ${a} ${how} ${b}`;
  }
  const how = c.contact === 'overlap' ? 'shares part of an edge with' : 'crosses';
  return `${ringLabel(polygon, c.ringB)}: ${how} ${ringLabel(polygon, c.ringA)}: ${b} and ${a}`;
}

/**
 * Once no rings cross, a hole is inside its shell when none of its vertices and edge midpoints lie
 * outside it (the midpoints catch an edge leaving through two shell vertices), and two holes do not
 * overlap when no vertex or edge midpoint of one lies strictly inside the other.
 */
function holePlacementProblem(rings: CheckedRing[], polygon: number | null): string | null {
  const shell = rings[0].flat;
  for (let h = 1; h < rings.length; h++) {
    const outside = firstSample(rings[h], (x, y) => locateInRing(shell, x, y) === OUTSIDE);
    if (outside) return `${ringLabel(polygon, h)}: lies outside its shell: ${outside}`;
  }
  const boxes = rings.map((r) => ringBox(r.flat));
  for (let h = 1; h < rings.length; h++) {
    for (let k = 1; k < rings.length; k++) {
      if (h === k || !boxesOverlap(boxes[h], boxes[k])) continue;
      const other = rings[k].flat;
      const inside = firstSample(rings[h], (x, y) => locateInRing(other, x, y) === INSIDE);
      if (inside) return `${ringLabel(polygon, h)}: overlaps ${ringLabel(polygon, k)}: ${inside}`;
    }
  }
  return null;
}

/** The first vertex or edge midpoint of a ring that satisfies `test`, described for a message. */
function firstSample(ring: CheckedRing, test: (x: number, y: number) => boolean): string | null {
  const p = ring.positions;
  for (let i = 0; i + 1 < p.length; i++) {
    if (test(p[i][0], p[i][1])) return `position ${ring.source[i]} ${formatPosition(p[i][0], p[i][1])}`;
    const mx = (p[i][0] + p[i + 1][0]) / 2;
    const my = (p[i][1] + p[i + 1][1]) / 2;
    if (test(mx, my)) return `the middle of ${edgeText(ring, i)}`;
  }
  return null;
}

function ringBox(flat: Float64Array): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < flat.length; i += 2) {
    box[0] = Math.min(box[0], flat[i]);
    box[1] = Math.min(box[1], flat[i + 1]);
    box[2] = Math.max(box[2], flat[i]);
    box[3] = Math.max(box[3], flat[i + 1]);
  }
  return box;
}

function boxesOverlap(a: readonly number[], b: readonly number[]): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
