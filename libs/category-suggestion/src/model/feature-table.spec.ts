import { FeatureTable } from './feature-table';

describe('FeatureTable', () => {
  it('numbers new hashes 0, 1, 2, … and finds them again', () => {
    const table = new FeatureTable(4);
    expect([table.getOrAdd(42), table.getOrAdd(-7), table.getOrAdd(0), table.getOrAdd(42)]).toEqual([
      0, 1, 2, 0,
    ]);
    expect([table.get(42), table.get(-7), table.get(0), table.get(99)]).toEqual([0, 1, 2, -1]);
    expect(table.size).toBe(3);
  });

  it('keeps every row while it grows far beyond its first capacity', () => {
    const table = new FeatureTable(2);
    const hashes = Array.from({ length: 20_000 }, (_, i) => Math.imul(i + 1, 0x9e3779b1));
    hashes.forEach((hash, i) => expect(table.getOrAdd(hash)).toBe(i));
    hashes.forEach((hash, i) => expect(table.get(hash)).toBe(i));
    expect(table.size).toBe(hashes.length);
  });
});
