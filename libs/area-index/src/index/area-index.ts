import type { Area } from '../area/area.types';
import { OUTSIDE } from '../geometry/point-location';
import { BandedPolygon } from './banded-polygon';
import { compileArea } from './compiled-area';
import { PackedRTree } from './packed-rtree';

/**
 * Point-in-area lookup over a fixed set of areas. Every polygon of every area (a MultiPolygon gives
 * several) is an item of a static packed R-tree over its shell's bounding box; a lookup descends the
 * tree to the few polygons whose box holds the point and runs the exact point-in-polygon test on
 * those only, over the edges of the point's horizontal band of each polygon (see `BandedPolygon`).
 *
 * Boundary semantics: a point exactly on an edge or vertex of an area belongs to that area; a point
 * on the edge of a hole belongs to the area too (the hole is open); a point strictly inside a hole
 * does not. Decided exactly on the given doubles, so two areas sharing an edge both contain the
 * points on it.
 *
 * Immutable after `build`; not safe for concurrent use from several threads sharing one instance
 * (there are none in Node.js), since lookups reuse scratch buffers.
 */
export class AreaIndex {
  private readonly ids: string[];
  private readonly byId: Map<string, Area>;
  /** Per tree item (one polygon): its area's position in `ids`, and the polygon prepared for lookups. */
  private readonly itemArea: Int32Array;
  private readonly itemPolygon: BandedPolygon[];
  private readonly tree: PackedRTree;
  private readonly candidates: Int32Array;
  private readonly seen: Uint32Array;
  private readonly hits: Int32Array;
  private stamp = 0;

  private constructor(areas: readonly Area[]) {
    this.ids = areas.map((a) => a.id);
    this.byId = new Map();
    for (const area of areas) {
      if (this.byId.has(area.id)) throw new Error(`AreaIndex: duplicate area id ${area.id}`);
      this.byId.set(area.id, area);
    }
    const boxes: number[] = [];
    const itemArea: number[] = [];
    this.itemPolygon = [];
    areas.forEach((area, a) => {
      for (const polygon of compileArea(area)) {
        boxes.push(...polygon.box);
        itemArea.push(a);
        this.itemPolygon.push(BandedPolygon.from(polygon.rings));
      }
    });
    this.itemArea = Int32Array.from(itemArea);
    this.tree = PackedRTree.build(boxes);
    this.candidates = new Int32Array(Math.max(1, itemArea.length));
    this.seen = new Uint32Array(Math.max(1, areas.length));
    this.hits = new Int32Array(Math.max(1, areas.length));
  }

  /** Builds the index; throws on duplicate ids. Areas are expected valid (from `parseAreaCollection`). */
  static build(areas: readonly Area[]): AreaIndex {
    return new AreaIndex(areas);
  }

  /** Number of areas. */
  get size(): number {
    return this.ids.length;
  }

  /** Every indexed area, in the order given to `build`. */
  all(): Area[] {
    return [...this.byId.values()];
  }

  /** The area with this id, if indexed. */
  get(id: string): Area | undefined {
    return this.byId.get(id);
  }

  /**
   * Ids of every area containing `(lon, lat)` (WGS84 degrees), in the order the areas were given to
   * `build`; `[]` for a non-finite coordinate or a point in no area.
   */
  areasAt(lon: number, lat: number): string[] {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return [];
    const { candidates, itemArea, itemPolygon, seen, hits } = this;
    const count = this.tree.search(lon, lat, candidates);
    if (count === 0) return [];
    const stamp = this.nextStamp();
    let found = 0;
    for (let c = 0; c < count; c++) {
      const item = candidates[c];
      const area = itemArea[item];
      if (seen[area] === stamp) continue;
      if (itemPolygon[item].locate(lon, lat) === OUTSIDE) continue;
      seen[area] = stamp;
      // Insertion sort: a point lies in a handful of areas at most.
      let k = found++;
      while (k > 0 && hits[k - 1] > area) {
        hits[k] = hits[k - 1];
        k--;
      }
      hits[k] = area;
    }
    const ids = new Array<string>(found);
    for (let i = 0; i < found; i++) ids[i] = this.ids[hits[i]];
    return ids;
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}
