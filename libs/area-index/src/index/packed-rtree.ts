/**
 * A static R-tree packed bottom-up with Sort-Tile-Recursive (Leutenegger et al., 1997), stored in
 * flat typed arrays. Node `i` has box `boxes[4i..4i+3]` (minX, minY, maxX, maxY). The first `size`
 * nodes are the items (leaves, in packed order; `refs` holds the item's original index); every
 * upper node's children are nodes `refs[i]` up to (excluding) `ends[i]`. The root is the last node.
 */
export class PackedRTree {
  private readonly boxes: Float64Array;
  private readonly refs: Int32Array;
  private readonly ends: Int32Array;
  private readonly stack: Int32Array;

  private constructor(
    readonly size: number,
    nodes: Node[],
  ) {
    this.boxes = new Float64Array(nodes.length * 4);
    this.refs = new Int32Array(nodes.length);
    this.ends = new Int32Array(nodes.length);
    nodes.forEach((n, i) => {
      this.boxes.set([n.minX, n.minY, n.maxX, n.maxY], 4 * i);
      this.refs[i] = n.ref;
      this.ends[i] = n.end;
    });
    this.stack = new Int32Array(Math.max(1, nodes.length));
  }

  /** Packs `boxes` (4 numbers per item: minX, minY, maxX, maxY) with `nodeSize` children per node. */
  static build(boxes: ArrayLike<number>, nodeSize = 16): PackedRTree {
    if (boxes.length % 4 !== 0) throw new RangeError('boxes must hold 4 numbers per item');
    if (nodeSize < 2) throw new RangeError('nodeSize must be at least 2');
    let level: Node[] = [];
    for (let i = 0; i < boxes.length / 4; i++) {
      level.push({
        minX: boxes[4 * i],
        minY: boxes[4 * i + 1],
        maxX: boxes[4 * i + 2],
        maxY: boxes[4 * i + 3],
        ref: i,
        end: -1,
      });
    }
    const size = level.length;
    const nodes: Node[] = [];
    while (level.length > 0) {
      level = strOrder(level, nodeSize);
      const offset = nodes.length;
      nodes.push(...level);
      if (level.length === 1 && nodes.length > 1) break;
      level = parentsOf(level, offset, nodeSize);
    }
    return new PackedRTree(size, nodes);
  }

  /**
   * Writes the original indexes of the items whose box contains (x, y), boundary included, into
   * `out` and returns how many there are. `out` must have room for `size` entries.
   */
  search(x: number, y: number, out: Int32Array): number {
    const { boxes, refs, ends, stack, size } = this;
    if (size === 0) return 0;
    let found = 0;
    let top = 0;
    stack[top++] = refs.length - 1;
    while (top > 0) {
      const node = stack[--top];
      for (let child = refs[node], end = ends[node]; child < end; child++) {
        const b = 4 * child;
        if (x < boxes[b] || y < boxes[b + 1] || x > boxes[b + 2] || y > boxes[b + 3]) continue;
        if (child < size) out[found++] = refs[child];
        else stack[top++] = child;
      }
    }
    return found;
  }
}

interface Node {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** The item index (leaves) or the first child's node position (upper nodes). */
  ref: number;
  /** One past the last child's node position (upper nodes); -1 for leaves. */
  end: number;
}

/** Sort-Tile-Recursive order: vertical slices by x centre, each sorted by y centre. */
function strOrder(level: Node[], nodeSize: number): Node[] {
  const parents = Math.ceil(level.length / nodeSize);
  const sliceSize = Math.ceil(Math.sqrt(parents)) * nodeSize;
  const byX = [...level].sort((a, b) => a.minX + a.maxX - (b.minX + b.maxX));
  const ordered: Node[] = [];
  for (let s = 0; s < byX.length; s += sliceSize) {
    ordered.push(...byX.slice(s, s + sliceSize).sort((a, b) => a.minY + a.maxY - (b.minY + b.maxY)));
  }
  return ordered;
}

/** Groups consecutive runs of `nodeSize` nodes (stored from `offset`) under one parent each. */
function parentsOf(level: Node[], offset: number, nodeSize: number): Node[] {
  const parents: Node[] = [];
  for (let start = 0; start < level.length; start += nodeSize) {
    const end = Math.min(start + nodeSize, level.length);
    const parent: Node = {
      minX: Infinity,
      minY: Infinity,
      maxX: -Infinity,
      maxY: -Infinity,
      ref: offset + start,
      end: offset + end,
    };
    for (let i = start; i < end; i++) {
      parent.minX = Math.min(parent.minX, level[i].minX);
      parent.minY = Math.min(parent.minY, level[i].minY);
      parent.maxX = Math.max(parent.maxX, level[i].maxX);
      parent.maxY = Math.max(parent.maxY, level[i].maxY);
    }
    parents.push(parent);
  }
  return parents;
}
