/**
 * The ids that keep their relative order from `before` to `after` (both hold the same unique ids): a longest
 * common subsequence, so that moving one rule marks that one rule as moved, not every rule it passed. With unique
 * ids this is the longest increasing run of `after`-positions read in `before` order: O(n log n).
 */
export function ruleOrderKept(before: readonly string[], after: readonly string[]): Set<string> {
  const positionInAfter = new Map(after.map((id, i) => [id, i]));
  const sequence = before.map((id) => positionInAfter.get(id) ?? -1).filter((p) => p >= 0);
  // tails[k]: index in `sequence` of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = [];
  const previous = new Int32Array(sequence.length).fill(-1);
  sequence.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sequence[tails[mid] ?? 0] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1] ?? -1;
    tails[low] = i;
  });
  const kept = new Set<string>();
  for (let i = tails.length > 0 ? (tails[tails.length - 1] ?? -1) : -1; i >= 0; i = previous[i] ?? -1) {
    const id = after[sequence[i] ?? -1];
    if (id !== undefined) kept.add(id);
  }
  return kept;
}
