import type { IndexedCase } from './indexed-case';

/** The cases of one grid cell, sorted by their last report, so a time window is one binary search away. */
export class TimeSortedCell {
  /** `lastMs` of each entry, in the same order (kept apart so the binary search touches one array). */
  readonly times: number[] = [];
  readonly entries: IndexedCase[] = [];

  get size(): number {
    return this.entries.length;
  }

  insert(entry: IndexedCase): void {
    const at = this.firstAfter(entry.lastMs);
    this.times.splice(at, 0, entry.lastMs);
    this.entries.splice(at, 0, entry);
  }

  /** Removes this very entry; false when it is not here. */
  remove(entry: IndexedCase): boolean {
    for (
      let i = this.firstAtOrAfter(entry.lastMs);
      i < this.entries.length && this.times[i] === entry.lastMs;
      i++
    ) {
      if (this.entries[i] === entry) {
        this.times.splice(i, 1);
        this.entries.splice(i, 1);
        return true;
      }
    }
    return false;
  }

  /** Index of the first entry whose last report is at or after `ms`. */
  firstAtOrAfter(ms: number): number {
    let low = 0;
    let high = this.times.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.times[mid] < ms) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private firstAfter(ms: number): number {
    let low = 0;
    let high = this.times.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.times[mid] <= ms) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
