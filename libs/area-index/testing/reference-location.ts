import type { Area, Position } from '../src/index';

/**
 * A slow, independent reference for point-in-area: exact rational arithmetic (all coordinates
 * scaled by one power of two to BigInt integers), the winding-number algorithm (not crossing
 * parity), and "on the boundary" as cross product zero within the segment's box.
 */

/** The number of binary fraction digits of a finite double (v · 2^e is an integer). */
function fractionBits(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError('non-finite');
  let m = Math.abs(value);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2; // exact: doubling does not round
    e++;
  }
  return e;
}

function scaled(value: number, bits: number): bigint {
  const e = fractionBits(value);
  const int = BigInt(Math.abs(value) * 2 ** e) << BigInt(bits - e);
  return value < 0 ? -int : int;
}

type P = [bigint, bigint];
const cross = (a: P, b: P, p: P): bigint => (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1]);
const between = (v: bigint, a: bigint, b: bigint): boolean => (a <= b ? a <= v && v <= b : b <= v && v <= a);

export type ReferenceLocation = 'inside' | 'outside' | 'boundary';

/** Locates points against one polygon (shell, then holes) exactly. */
export class ReferencePolygon {
  private readonly bits: number;
  private readonly scaledRings = new Map<number, P[][]>();

  constructor(private readonly source: Position[][]) {
    this.bits = Math.max(0, ...source.flat().flatMap(([x, y]) => [fractionBits(x), fractionBits(y)]));
  }

  locate(lon: number, lat: number): ReferenceLocation {
    const bits = Math.max(this.bits, fractionBits(lon), fractionBits(lat));
    let rings = this.scaledRings.get(bits);
    if (!rings) {
      rings = this.scaleRings(bits);
      this.scaledRings.set(bits, rings);
    }
    const p: P = [scaled(lon, bits), scaled(lat, bits)];
    const shell = locateInRing(rings[0], p);
    if (shell !== 'inside') return shell;
    for (const hole of rings.slice(1)) {
      const h = locateInRing(hole, p);
      if (h === 'boundary') return 'boundary';
      if (h === 'inside') return 'outside';
    }
    return 'inside';
  }

  private scaleRings(bits: number): P[][] {
    return this.source.map((ring) => ring.map(([x, y]): P => [scaled(x, bits), scaled(y, bits)]));
  }
}

function locateInRing(ring: P[], p: P): ReferenceLocation {
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    if (between(p[0], a[0], b[0]) && between(p[1], a[1], b[1]) && cross(a, b, p) === 0n) return 'boundary';
  }
  // Winding number (Sunday): upward edges with p on their left count +1, downward with p right −1.
  let w = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    if (a[1] <= p[1]) {
      if (b[1] > p[1] && cross(a, b, p) > 0n) w++;
    } else if (b[1] <= p[1] && cross(a, b, p) < 0n) {
      w--;
    }
  }
  return w !== 0 ? 'inside' : 'outside';
}

export function referencePolygonLocation(rings: Position[][], lon: number, lat: number): ReferenceLocation {
  return new ReferencePolygon(rings).locate(lon, lat);
}

/** Whether an area contains a point, by the reference (prepare once per area with `referenceArea`). */
export function referenceArea(area: Area): (lon: number, lat: number) => boolean {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const prepared = polygons.map((rings) => new ReferencePolygon(rings));
  return (lon, lat) => prepared.some((p) => p.locate(lon, lat) !== 'outside');
}

/** Exact sign of the orientation of (a, b, c), for checking the fast predicate. */
export function referenceOrientation(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): number {
  const values = [ax, ay, bx, by, cx, cy];
  const bits = Math.max(...values.map(fractionBits));
  const [iax, iay, ibx, iby, icx, icy] = values.map((v) => scaled(v, bits));
  const d = cross([iax, iay], [ibx, iby], [icx, icy]);
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}
