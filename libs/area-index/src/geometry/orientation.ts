import { exactOrientation } from './exact-orientation';

// Shewchuk's static error bound for the orient2d filter ("Adaptive Precision Floating-Point
// Arithmetic and Fast Robust Geometric Predicates", 1997): when |det| exceeds it, the sign of the
// floating-point determinant is the sign of the exact one.
const EPSILON = 2 ** -53;
const ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;
// The bound is relative and assumes no underflow; determinants this small go to the exact path.
const UNDERFLOW_GUARD = 2 ** -960;

/**
 * Exact orientation of c relative to the directed line a→b: 1 when a, b, c turn counter-clockwise
 * (c left of a→b), -1 when clockwise, 0 when collinear. Fast filter, exact fallback.
 */
export function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const left = (ax - cx) * (by - cy);
  const right = (ay - cy) * (bx - cx);
  const det = left - right;
  const bound = ERROR_BOUND * (Math.abs(left) + Math.abs(right)) + UNDERFLOW_GUARD;
  if (det > bound) return 1;
  if (-det > bound) return -1;
  return exactOrientation(ax, ay, bx, by, cx, cy);
}
