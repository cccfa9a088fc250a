import { orientation } from './orientation';

/** True when (px, py) lies on the closed segment a–b (endpoints included), decided exactly. */
export function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  if (px < (ax < bx ? ax : bx) || px > (ax < bx ? bx : ax)) return false;
  if (py < (ay < by ? ay : by) || py > (ay < by ? by : ay)) return false;
  return orientation(ax, ay, bx, by, px, py) === 0;
}

/** How two closed segments meet: not at all, crossing at one interior point of both, touching, or overlapping. */
export type SegmentContact = 'none' | 'cross' | 'touch' | 'overlap';

/**
 * Classifies how segments a–b and c–d meet, exactly. `cross`: they cross at a point interior to
 * both; `touch`: they share exactly one point that is an endpoint of at least one; `overlap`: they
 * are collinear and share more than one point. Segments must have positive length.
 */
export function segmentContact(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): SegmentContact {
  const oc = orientation(ax, ay, bx, by, cx, cy);
  const od = orientation(ax, ay, bx, by, dx, dy);
  if (oc !== 0 && oc === od) return 'none';
  if (oc === 0 && od === 0) return collinearContact(ax, ay, bx, by, cx, cy, dx, dy);
  const oa = orientation(cx, cy, dx, dy, ax, ay);
  const ob = orientation(cx, cy, dx, dy, bx, by);
  if (oa !== 0 && oa === ob) return 'none';
  if (oc !== 0 && od !== 0 && oa !== 0 && ob !== 0) return 'cross';
  // One endpoint is collinear with the other segment; they meet only if it lies on that segment.
  if (oc === 0 && onSegment(ax, ay, bx, by, cx, cy)) return 'touch';
  if (od === 0 && onSegment(ax, ay, bx, by, dx, dy)) return 'touch';
  if (oa === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return 'touch';
  if (ob === 0 && onSegment(cx, cy, dx, dy, bx, by)) return 'touch';
  return 'none';
}

function collinearContact(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): SegmentContact {
  // On a common line, compare along x unless the line is vertical (comparisons are exact).
  const alongX = ax !== bx;
  const a0 = alongX ? Math.min(ax, bx) : Math.min(ay, by);
  const a1 = alongX ? Math.max(ax, bx) : Math.max(ay, by);
  const c0 = alongX ? Math.min(cx, dx) : Math.min(cy, dy);
  const c1 = alongX ? Math.max(cx, dx) : Math.max(cy, dy);
  const lo = Math.max(a0, c0);
  const hi = Math.min(a1, c1);
  if (lo > hi) return 'none';
  return lo === hi ? 'touch' : 'overlap';
}
