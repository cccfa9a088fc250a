import type { Area, Polygon, Position } from '../src/index';
import { bboxOf, randomStarPolygon } from './random-areas';
import type { SeededRandom } from './seeded-random';

type Point = [number, number];

/**
 * `columns × rows` polygons that tile `region` like buurten: a grid of jittered corners whose cell
 * sides are wiggly polylines shared by the two neighbouring cells (so the polygons meet exactly,
 * without gaps or overlaps), 4–14 points per side (20–60 vertices per polygon). `holeShare` of the
 * polygons get a small hole (a park or a block that belongs to no buurt).
 */
export function neighbourhoodTiling(
  random: SeededRandom,
  columns: number,
  rows: number,
  region: [number, number, number, number],
  holeShare = 0.25,
): Area[] {
  const [minX, minY, maxX, maxY] = region;
  const w = (maxX - minX) / columns;
  const h = (maxY - minY) / rows;
  // Corners; those on the region's border stay on it.
  const corner: Point[][] = [];
  for (let i = 0; i <= columns; i++) {
    corner.push([]);
    for (let j = 0; j <= rows; j++) {
      const jx = i === 0 || i === columns ? 0 : random.range(-0.2, 0.2) * w;
      const jy = j === 0 || j === rows ? 0 : random.range(-0.2, 0.2) * h;
      corner[i].push([minX + i * w + jx, minY + j * h + jy]);
    }
  }
  const side = (a: Point, b: Point, scale: number, border: boolean): Point[] => {
    const k = random.int(4, 14);
    const ts = Array.from({ length: k }, () => random.range(0.1, 0.9)).sort((p, q) => p - q);
    const [nx, ny] = [-(b[1] - a[1]), b[0] - a[0]]; // a normal (length of the side)
    const points: Point[] = [a];
    for (const t of ts) {
      const off = border ? 0 : random.range(-1, 1) * scale * Math.sin(Math.PI * t);
      points.push([a[0] + t * (b[0] - a[0]) + off * nx, a[1] + t * (b[1] - a[1]) + off * ny]);
    }
    return [...points, b];
  };
  // Horizontal sides (i,j)–(i+1,j) and vertical sides (i,j)–(i,j+1), each built once.
  const horizontal = corner
    .slice(0, columns)
    .map((col, i) => col.map((c, j) => side(c, corner[i + 1][j], 0.1, j === 0 || j === rows)));
  const vertical = corner.map((col, i) =>
    col.slice(0, rows).map((c, j) => side(c, col[j + 1], 0.1, i === 0 || i === columns)),
  );
  const areas: Area[] = [];
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < columns; i++) {
      // Counter-clockwise: bottom side forwards, right side up, top side backwards, left side down.
      const shell: Position[] = [
        ...horizontal[i][j].slice(0, -1),
        ...vertical[i + 1][j].slice(0, -1),
        ...[...horizontal[i][j + 1]].reverse().slice(0, -1),
        ...[...vertical[i][j]].reverse().slice(0, -1),
      ].map(([x, y]): Position => [x, y]);
      shell.push([shell[0][0], shell[0][1]]);
      const rings = [shell];
      if (random.chance(holeShare)) {
        const [cx, cy] = [(i + 0.5) * w + minX, (j + 0.5) * h + minY];
        const hole = randomStarPolygon(random, {
          cx,
          cy,
          rx: 0.1 * w,
          ry: 0.1 * h,
          vertices: random.int(5, 12),
          convex: false,
          holes: 0,
        })[0];
        rings.push(hole.reverse());
      }
      const geometry: Polygon = { type: 'Polygon', coordinates: rings };
      const n = areas.length;
      areas.push({
        id: `BU${String(n).padStart(8, '0')}`,
        name: `Buurt ${n}`,
        kind: 'buurt',
        geometry,
        bbox: bboxOf(geometry),
      });
    }
  }
  return areas;
}
