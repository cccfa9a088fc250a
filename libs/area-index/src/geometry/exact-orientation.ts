/**
 * Exact sign of the orientation determinant with BigInt arithmetic. Every finite double is an integer
 * times a power of two, so scaling all six inputs by one common power of two turns them into integers
 * without rounding; the determinant of those integers has the exact sign of the real determinant.
 * Slow, and only reached when the floating-point filter in `orientation` cannot decide.
 */
const view = new DataView(new ArrayBuffer(8));
const FRACTION_MASK = 0xfffff;

interface Dyadic {
  mantissa: bigint;
  exponent: number;
}

function dyadic(value: number): Dyadic {
  if (!Number.isFinite(value)) throw new RangeError(`orientation of a non-finite coordinate (${value})`);
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & FRACTION_MASK) << 32n) | BigInt(low);
  if (biased !== 0) mantissa |= 1n << 52n;
  const exponent = biased === 0 ? -1074 : biased - 1075;
  return { mantissa: high >>> 31 ? -mantissa : mantissa, exponent };
}

/** Sign (-1, 0, 1) of (ax - cx)(by - cy) - (ay - cy)(bx - cx), computed exactly. */
export function exactOrientation(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): number {
  const parts = [ax, ay, bx, by, cx, cy].map(dyadic);
  let minExponent = Infinity;
  for (const p of parts) if (p.mantissa !== 0n && p.exponent < minExponent) minExponent = p.exponent;
  if (minExponent === Infinity) return 0;
  const [iax, iay, ibx, iby, icx, icy] = parts.map((p) => p.mantissa << BigInt(p.exponent - minExponent));
  const det = (iax - icx) * (iby - icy) - (iay - icy) * (ibx - icx);
  return det > 0n ? 1 : det < 0n ? -1 : 0;
}
