import { SeededRandom } from '../../testing/seeded-random';
import { PackedRTree } from './packed-rtree';

const sorted = (out: Int32Array, n: number): number[] => Array.from(out.subarray(0, n)).sort((a, b) => a - b);

describe('PackedRTree', () => {
  it('finds nothing in an empty tree', () => {
    expect(PackedRTree.build([]).search(0, 0, new Int32Array(1))).toBe(0);
  });

  it('finds a single item, its box boundary included', () => {
    const tree = PackedRTree.build([0, 0, 1, 1]);
    const out = new Int32Array(1);
    expect(tree.search(1, 0.5, out)).toBe(1);
    expect(out[0]).toBe(0);
    expect(tree.search(1.5, 0.5, out)).toBe(0);
  });

  it.each([2, 4, 16])('returns the same items as a scan of all boxes (node size %i)', (nodeSize) => {
    const random = new SeededRandom(nodeSize);
    for (const count of [1, 15, 16, 17, 257, 3000]) {
      const boxes: number[] = [];
      for (let i = 0; i < count; i++) {
        const [x, y] = [random.range(0, 100), random.range(0, 100)];
        boxes.push(x, y, x + random.range(0, 10), y + random.range(0, 10));
      }
      const tree = PackedRTree.build(boxes, nodeSize);
      const out = new Int32Array(count);
      for (let q = 0; q < 300; q++) {
        const [x, y] =
          q % 3 === 0
            ? [boxes[4 * (q % count)], boxes[4 * (q % count) + 3]]
            : [random.range(-5, 110), random.range(-5, 110)];
        const expected: number[] = [];
        for (let i = 0; i < count; i++) {
          if (x >= boxes[4 * i] && y >= boxes[4 * i + 1] && x <= boxes[4 * i + 2] && y <= boxes[4 * i + 3])
            expected.push(i);
        }
        expect(sorted(out, tree.search(x, y, out))).toEqual(expected);
      }
    }
  });
});
