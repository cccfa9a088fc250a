import {
  BOUNDARY,
  CROSSING,
  edgeCrossing,
  INSIDE,
  type Location,
  ON_EDGE,
  OUTSIDE,
} from '../geometry/point-location';

/** Aim for about this many edges per band; a band never holds fewer than all edges of a tiny polygon. */
const EDGES_PER_BAND = 4;
const MAX_BANDS = 1024;

/**
 * A polygon (shell and holes) prepared for fast exact point location: its y-range is cut into
 * horizontal bands, and each band keeps a copy of the edges whose y-range meets it. A point's ray
 * can only cross, and the point can only lie on, edges whose y-range holds the point's y, and all of
 * those are in the point's band, so the crossing test looks at a few edges instead of all of them.
 * With valid rings (holes inside the shell, not overlapping) the crossing parity over all rings is
 * the polygon's inside; any edge holding the point makes it a boundary point (holes are open).
 */
export class BandedPolygon {
  private constructor(
    private readonly minY: number,
    private readonly bandsPerUnit: number,
    private readonly lastBand: number,
    /** Band b's edges are entries bandStart[b] .. bandStart[b + 1] - 1 of `edges` (4 numbers each). */
    private readonly bandStart: Int32Array,
    private readonly edges: Float64Array,
  ) {}

  /** Prepares flat closed rings (`[x0, y0, ..., x0, y0]`), shell first. */
  static from(rings: readonly Float64Array[]): BandedPolygon {
    let minY = Infinity;
    let maxY = -Infinity;
    let edgeCount = 0;
    for (const ring of rings) {
      edgeCount += ring.length / 2 - 1;
      for (let i = 1; i < ring.length; i += 2) {
        minY = Math.min(minY, ring[i]);
        maxY = Math.max(maxY, ring[i]);
      }
    }
    const bands = Math.max(1, Math.min(MAX_BANDS, Math.floor(edgeCount / EDGES_PER_BAND)));
    const bandsPerUnit = maxY > minY ? bands / (maxY - minY) : 0;
    const bandOf = (y: number): number => Math.min(bands - 1, Math.floor((y - minY) * bandsPerUnit));
    const lists: number[][] = Array.from({ length: bands }, () => []);
    for (const ring of rings) {
      for (let i = 2; i < ring.length; i += 2) {
        const [ax, ay, bx, by] = [ring[i - 2], ring[i - 1], ring[i], ring[i + 1]];
        const last = bandOf(Math.max(ay, by));
        for (let b = bandOf(Math.min(ay, by)); b <= last; b++) lists[b].push(ax, ay, bx, by);
      }
    }
    const bandStart = new Int32Array(bands + 1);
    lists.forEach((list, b) => (bandStart[b + 1] = bandStart[b] + list.length / 4));
    const edges = new Float64Array(bandStart[bands] * 4);
    lists.forEach((list, b) => edges.set(list, bandStart[b] * 4));
    return new BandedPolygon(minY, bandsPerUnit, bands - 1, bandStart, edges);
  }

  /** Where (px, py) lies (any point: one beyond the y-range meets no edge of its clamped band). */
  locate(px: number, py: number): Location {
    const raw = Math.floor((py - this.minY) * this.bandsPerUnit);
    const band = raw < 0 ? 0 : raw > this.lastBand ? this.lastBand : raw;
    const edges = this.edges;
    const end = this.bandStart[band + 1] * 4;
    let inside = false;
    for (let e = this.bandStart[band] * 4; e < end; e += 4) {
      const step = edgeCrossing(edges[e], edges[e + 1], edges[e + 2], edges[e + 3], px, py);
      if (step === ON_EDGE) return BOUNDARY;
      if (step === CROSSING) inside = !inside;
    }
    return inside ? INSIDE : OUTSIDE;
  }
}
