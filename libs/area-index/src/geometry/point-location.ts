import { orientation } from './orientation';

/** Where a point lies relative to a ring or polygon: outside, inside, or exactly on the boundary. */
export type Location = typeof OUTSIDE | typeof INSIDE | typeof BOUNDARY;
export const OUTSIDE = 0;
export const INSIDE = 1;
export const BOUNDARY = 2;

/** What one edge means for a point: the rightward ray does not cross it, crosses it, or the point is on it. */
export const NO_CROSSING = 0;
export const CROSSING = 1;
export const ON_EDGE = 2;

/**
 * One step of the crossing-number test for the edge a→b and the point p, with the half-open rule on
 * y (the edge counts when exactly one endpoint lies strictly above p) and every decision exact: an
 * edge straddling p's horizontal is judged by the exact orientation predicate, so a point exactly on
 * an edge or vertex gives `ON_EDGE`, never a crossing decided by rounding.
 */
export function edgeCrossing(ax: number, ay: number, bx: number, by: number, px: number, py: number): number {
  const bAbove = by > py;
  if (ay > py !== bAbove) {
    if (ax > px && bx > px) return CROSSING; // wholly to the right
    if (ax < px && bx < px) return NO_CROSSING; // wholly to the left
    const side = orientation(ax, ay, bx, by, px, py);
    if (side === 0) return ON_EDGE;
    // The ray to +x crosses the edge when p is left of the edge directed upwards.
    return side > 0 === bAbove ? CROSSING : NO_CROSSING;
  }
  if (bAbove || (ay !== py && by !== py)) return NO_CROSSING;
  // The edge reaches p's horizontal from below, or lies on it: only a touch is possible.
  if (ay === by) return px >= (ax < bx ? ax : bx) && px <= (ax < bx ? bx : ax) ? ON_EDGE : NO_CROSSING;
  return (ay === py && ax === px) || (by === py && bx === px) ? ON_EDGE : NO_CROSSING;
}

/** Locates (px, py) relative to a closed ring stored flat as `[x0, y0, x1, y1, ..., x0, y0]`. */
export function locateInRing(ring: Float64Array, px: number, py: number): Location {
  let inside = false;
  for (let i = 2; i < ring.length; i += 2) {
    const step = edgeCrossing(ring[i - 2], ring[i - 1], ring[i], ring[i + 1], px, py);
    if (step === ON_EDGE) return BOUNDARY;
    if (step === CROSSING) inside = !inside;
  }
  return inside ? INSIDE : OUTSIDE;
}

/**
 * Locates a point relative to a polygon given as flat rings, shell first. A hole is open: its
 * boundary belongs to the polygon, its interior does not.
 */
export function locateInPolygon(rings: readonly Float64Array[], px: number, py: number): Location {
  const shell = locateInRing(rings[0], px, py);
  if (shell !== INSIDE) return shell;
  for (let h = 1; h < rings.length; h++) {
    const hole = locateInRing(rings[h], px, py);
    if (hole === BOUNDARY) return BOUNDARY;
    if (hole === INSIDE) return OUTSIDE;
  }
  return INSIDE;
}
