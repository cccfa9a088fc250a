import { imul } from '../numeric';
const EMPTY = -1;

/**
 * Maps 32-bit feature hashes to dense row numbers 0, 1, 2, … in the order they were first added (open addressing,
 * linear probing, typed arrays only), so the model keeps one row per feature seen in training instead of a huge
 * hashed weight table.
 */
export class FeatureTable {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    const capacity = powerOfTwoAtLeast(expected * 2);
    this.keys = new Int32Array(capacity);
    this.rows = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** The row of `hash`, or -1 when it was never added. */
  get(hash: number): number {
    let slot = mix(hash) & this.mask;
    for (;;) {
      const row = this.rows[slot];
      if (row === EMPTY || this.keys[slot] === hash) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row of `hash`, adding it as the next row when new. */
  getOrAdd(hash: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let slot = mix(hash) & this.mask;
    for (;;) {
      const row = this.rows[slot];
      if (row === EMPTY) {
        this.keys[slot] = hash;
        this.rows[slot] = this.size;
        return this.size++;
      }
      if (this.keys[slot] === hash) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, rows } = this;
    const capacity = keys.length * 2;
    this.keys = new Int32Array(capacity);
    this.rows = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      if (rows[slot] === EMPTY) continue;
      let target = mix(keys[slot]) & this.mask;
      while (this.rows[target] !== EMPTY) target = (target + 1) & this.mask;
      this.keys[target] = keys[slot];
      this.rows[target] = rows[slot];
    }
  }
}

/** Spreads FNV hashes over the low bits (murmur3 finaliser). */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function powerOfTwoAtLeast(n: number): number {
  let capacity = 16;
  while (capacity < n) capacity *= 2;
  return capacity;
}
