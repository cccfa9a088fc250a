import type { Area, AreaKind, MultiPolygon, Polygon, Position } from '../src/index';
import type { SeededRandom } from './seeded-random';

/** Options for one random star-shaped polygon centred on (cx, cy) with half-extents rx, ry. */
export interface StarOptions {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  vertices: number;
  /** Convex (vertices on an ellipse) or not (random radii: star-shaped, generally not convex). */
  convex: boolean;
  /** 0, 1 or 2 holes (needs at least 8 vertices). */
  holes: 0 | 1 | 2;
  /** Snap coordinates to multiples of this power of two (so points on edges can be built exactly). */
  grid?: number;
}

const snap = (v: number, grid: number | undefined): number => (grid ? Math.round(v / grid) * grid : v);

/**
 * A star-shaped ring around the centre. Angles advance by 0.2–1.0 of 2π/n (so consecutive gaps
 * stay below π/2 when n ≥ 8) and radii lie in [minRadius, 1] of the half-extents: the ring is
 * simple, and the ellipse of `minRadius · cos(maxGap / 2)` around the centre lies inside it.
 */
function starRing(random: SeededRandom, o: StarOptions, minRadius: number, clockwise: boolean): Position[] {
  const n = o.vertices;
  const ring: Position[] = [];
  const offset = random.range(0, 2 * Math.PI);
  for (let i = 0; i < n; i++) {
    const angle = offset + (2 * Math.PI * (i + random.range(0, 0.8))) / n;
    const r = o.convex ? 1 : random.range(minRadius, 1);
    ring.push([
      snap(o.cx + o.rx * r * Math.cos(angle), o.grid),
      snap(o.cy + o.ry * r * Math.sin(angle), o.grid),
    ]);
  }
  if (clockwise) ring.reverse();
  ring.push([ring[0][0], ring[0][1]]);
  return ring;
}

/** Rings of one random polygon (shell counter-clockwise, holes clockwise, as RFC 7946 advises). */
export function randomStarPolygon(random: SeededRandom, o: StarOptions): Position[][] {
  const minRadius = o.convex ? 1 : 0.45;
  const rings = [starRing(random, o, minRadius, false)];
  if (o.holes === 0 || o.vertices < 8) return rings;
  const safe = minRadius * Math.cos((Math.PI * 1.8) / o.vertices) * 0.95;
  const holeAt = (dx: number, scale: number): Position[] =>
    starRing(
      random,
      {
        ...o,
        cx: o.cx + dx * o.rx,
        rx: o.rx * scale,
        ry: o.ry * scale,
        vertices: random.int(4, 12),
        convex: false,
      },
      0.5,
      true,
    );
  if (o.holes === 1) rings.push(holeAt(0, safe * random.range(0.3, 0.6)));
  else rings.push(holeAt(-0.45 * safe, 0.35 * safe), holeAt(0.45 * safe, 0.35 * safe));
  return rings;
}

/** Options for a random area inside a box. */
export interface RandomAreaOptions {
  id: string;
  box: [number, number, number, number];
  kind?: AreaKind;
  grid?: number;
  minVertices?: number;
  maxVertices?: number;
}

/**
 * A random area: a Polygon (convex or not, with 0–2 holes) or, one time in five, a MultiPolygon of
 * two or three polygons in separate parts of the box.
 */
export function randomArea(random: SeededRandom, o: RandomAreaOptions): Area {
  const [minX, minY, maxX, maxY] = o.box;
  const polygonIn = (x0: number, x1: number): Position[][] => {
    const rx = ((x1 - x0) / 2) * random.range(0.3, 1);
    const ry = ((maxY - minY) / 2) * random.range(0.3, 1);
    return randomStarPolygon(random, {
      cx: random.range(x0 + rx, x1 - rx),
      cy: random.range(minY + ry, maxY - ry),
      rx,
      ry,
      vertices: random.int(o.minVertices ?? 3, o.maxVertices ?? 40),
      convex: random.chance(0.3),
      holes: random.pick([0, 0, 1, 1, 2] as const),
      grid: o.grid,
    });
  };
  let geometry: Polygon | MultiPolygon;
  if (random.chance(0.2)) {
    const parts = random.int(2, 3);
    const width = (maxX - minX) / parts;
    const polygons = Array.from({ length: parts }, (_, i) =>
      polygonIn(minX + i * width, minX + (i + 1) * width),
    );
    geometry = { type: 'MultiPolygon', coordinates: polygons };
  } else {
    geometry = { type: 'Polygon', coordinates: polygonIn(minX, maxX) };
  }
  return { id: o.id, name: `Area ${o.id}`, kind: o.kind ?? 'custom', geometry, bbox: bboxOf(geometry) };
}

export function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const xs = polygons.flatMap((p) => p[0].map((q) => q[0]));
  const ys = polygons.flatMap((p) => p[0].map((q) => q[1]));
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** `count` random areas of varied sizes scattered over `region` (they overlap freely). */
export function randomAreas(
  random: SeededRandom,
  count: number,
  region: [number, number, number, number],
): Area[] {
  const [minX, minY, maxX, maxY] = region;
  return Array.from({ length: count }, (_, i) => {
    const w = (maxX - minX) * random.range(0.005, 0.08);
    const h = (maxY - minY) * random.range(0.005, 0.08);
    const x = random.range(minX, maxX - w);
    const y = random.range(minY, maxY - h);
    return randomArea(random, { id: `A${i}`, box: [x, y, x + w, y + h] });
  });
}
