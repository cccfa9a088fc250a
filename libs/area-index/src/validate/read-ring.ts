import type { Position } from '../geojson/geojson.types';
import { describe, formatPosition } from './format';

/** A ring that passed the per-ring checks, with repeated consecutive positions dropped. */
export interface CheckedRing {
  positions: Position[];
  /** Closed and flat: `[x0, y0, ..., x0, y0]`. */
  flat: Float64Array;
  /** For each kept vertex, its index among the ring's given positions (for messages). */
  source: number[];
}

export type RingResult = { ok: true; ring: CheckedRing } | { ok: false; message: string };

function fail(message: string): RingResult {
  return { ok: false, message };
}

/** Checks a position and returns a message when it is not `[lon, lat]` in range. */
function positionProblem(raw: unknown): string | null {
  if (!Array.isArray(raw) || raw.length < 2) return `is ${describe(raw)}, expected [longitude, latitude]`;
  const [lon, lat] = raw as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number') return `has a coordinate that is not a number`;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return `has a non-finite coordinate`;
  if (lon < -180 || lon > 180) return `has longitude ${lon} outside [-180, 180]`;
  if (lat < -90 || lat > 90) return `has latitude ${lat} outside [-90, 90]`;
  return null;
}

/**
 * Checks one linear ring: an array of at least 4 positions, each `[lon, lat]` finite and in range,
 * first equal to last. Repeated consecutive positions are dropped; at least 3 distinct vertices must
 * remain. (Self-intersection is checked per polygon, together with the other rings.)
 */
export function readRing(raw: unknown, label: string): RingResult {
  if (!Array.isArray(raw)) return fail(`${label}: is ${describe(raw)}, expected an array of positions`);
  if (raw.length < 4) {
    return fail(`${label}: has ${raw.length} positions; a ring needs at least 4 (first and last equal)`);
  }
  for (let i = 0; i < raw.length; i++) {
    const problem = positionProblem(raw[i]);
    if (problem) return fail(`${label}: position ${i} ${problem}`);
  }
  const all = raw as number[][];
  const first = all[0];
  const last = all[all.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return fail(
      `${label}: is not closed: first position ${formatPosition(first[0], first[1])} differs from last ${formatPosition(last[0], last[1])}`,
    );
  }
  const positions: Position[] = [];
  const source: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const prev = positions[positions.length - 1];
    if (prev && prev[0] === all[i][0] && prev[1] === all[i][1]) continue;
    positions.push([all[i][0], all[i][1]]);
    source.push(i);
  }
  if (positions.length < 4) {
    return fail(`${label}: has fewer than 3 distinct positions; a ring must enclose an area`);
  }
  const flat = new Float64Array(positions.length * 2);
  positions.forEach(([x, y], i) => {
    flat[2 * i] = x;
    flat[2 * i + 1] = y;
  });
  return { ok: true, ring: { positions, flat, source } };
}
