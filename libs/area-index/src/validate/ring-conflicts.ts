import { orientation } from '../geometry/orientation';
import { segmentContact } from '../geometry/segments';

/** Two edges that may not meet the way they do: within one ring, or between two rings of a polygon. */
export interface RingConflict {
  ringA: number;
  edgeA: number;
  ringB: number;
  edgeB: number;
  /** `cross`/`touch` within a ring, `cross`/`overlap` between rings. */
  contact: 'cross' | 'touch' | 'overlap';
}

interface Edge {
  ring: number;
  index: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function edgesOf(rings: readonly Float64Array[]): Edge[] {
  const edges: Edge[] = [];
  rings.forEach((flat, ring) => {
    for (let i = 0; i + 3 < flat.length; i += 2) {
      const [ax, ay, bx, by] = [flat[i], flat[i + 1], flat[i + 2], flat[i + 3]];
      edges.push({
        ring,
        index: i / 2,
        minX: Math.min(ax, bx),
        maxX: Math.max(ax, bx),
        minY: Math.min(ay, by),
        maxY: Math.max(ay, by),
      });
    }
  });
  return edges.sort((a, b) => a.minX - b.minX);
}

/**
 * Finds the first pair of edges that breaks simplicity, by a sweep along x over the edges' boxes
 * (sorting is O(n log n); only pairs whose boxes overlap are tested exactly).
 * Within a ring, edges that do not share a vertex may not meet at all, and neighbouring edges may
 * not fold back over each other. Edges of different rings may touch at a point but not cross or overlap.
 * Rings are flat and closed, without repeated consecutive positions.
 */
export function findRingConflict(rings: readonly Float64Array[]): RingConflict | null {
  const edges = edgesOf(rings);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    for (let j = i + 1; j < edges.length && edges[j].minX <= e.maxX; j++) {
      const f = edges[j];
      if (f.minY > e.maxY || f.maxY < e.minY) continue;
      const [a, b] = e.ring < f.ring || (e.ring === f.ring && e.index < f.index) ? [e, f] : [f, e];
      const contact = conflictBetween(rings, a, b);
      if (contact) return { ringA: a.ring, edgeA: a.index, ringB: b.ring, edgeB: b.index, contact };
    }
  }
  return null;
}

function conflictBetween(rings: readonly Float64Array[], a: Edge, b: Edge): RingConflict['contact'] | null {
  const ra = rings[a.ring];
  const rb = rings[b.ring];
  const contact = segmentContact(
    ra[2 * a.index],
    ra[2 * a.index + 1],
    ra[2 * a.index + 2],
    ra[2 * a.index + 3],
    rb[2 * b.index],
    rb[2 * b.index + 1],
    rb[2 * b.index + 2],
    rb[2 * b.index + 3],
  );
  if (contact === 'none') return null;
  if (a.ring !== b.ring) return contact === 'touch' ? null : contact;
  const edgeCount = ra.length / 2 - 1;
  if (b.index === a.index + 1) return foldsBack(ra, a.index, a.index + 1, b.index + 1) ? 'overlap' : null;
  if (a.index === 0 && b.index === edgeCount - 1) return foldsBack(ra, 1, 0, b.index) ? 'overlap' : null;
  return contact;
}

/** Neighbouring edges p–q and q–r fold back when r lies on the line through p and q, on p's side of q. */
function foldsBack(ring: Float64Array, p: number, q: number, r: number): boolean {
  const [px, py, qx, qy, rx, ry] = [
    ring[2 * p],
    ring[2 * p + 1],
    ring[2 * q],
    ring[2 * q + 1],
    ring[2 * r],
    ring[2 * r + 1],
  ];
  if (orientation(px, py, qx, qy, rx, ry) !== 0) return false;
  return px !== qx ? px > qx === rx > qx : py > qy === ry > qy;
}
