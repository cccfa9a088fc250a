import { orientation } from './orientation';

/** Where a point lies relative to a ring or polygon: outside, inside, or exactly on the boundary. */
export type Location = typeof OUTSIDE | typeof INSIDE | typeof BOUNDARY;
export const OUTSIDE = 0;
export const INSIDE = 1;
export const BOUNDARY = 2;

/**
 * Locates (px, py) relative to a closed ring stored flat as `[x0, y0, x1, y1, ..., x0, y0]`.
 * Crossing-number test with the half-open rule on y (an edge counts when exactly one endpoint lies
 * strictly above the point), with every decision made exactly: an edge straddling the point's
 * horizontal is compared by the exact orientation predicate, so a point exactly on an edge or vertex
 * is reported as `Boundary` and never as inside or outside by rounding.
 */
export function locateInRing(ring: Float64Array, px: number, py: number): Location {
  let inside = false;
  let ax = ring[0];
  let ay = ring[1];
  for (let i = 2; i < ring.length; i += 2) {
    const bx = ring[i];
    const by = ring[i + 1];
    const aAbove = ay > py;
    const bAbove = by > py;
    if (aAbove !== bAbove) {
      if (ax > px && bx > px) {
        inside = !inside; // the edge lies wholly to the right: the ray crosses it
      } else if (ax >= px || bx >= px) {
        const side = orientation(ax, ay, bx, by, px, py);
        if (side === 0) return BOUNDARY;
        // The ray to +x crosses the edge when the point is left of the edge directed upwards.
        if ((side > 0) === bAbove) inside = !inside;
      }
    } else if (!aAbove && (ay === py || by === py)) {
      // The edge reaches the point's horizontal from below (or lies on it): only a touch is possible.
      if (ay === by) {
        if (px >= (ax < bx ? ax : bx) && px <= (ax < bx ? bx : ax)) return BOUNDARY;
      } else if ((ay === py && ax === px) || (by === py && bx === px)) {
        return BOUNDARY;
      }
    }
    ax = bx;
    ay = by;
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
