/** Where a NewestInForce reads: the highest number stored, and what a number holds. */
export interface InForceSource<T> {
  /** The highest number stored; 0 when none is. */
  highest(): Promise<number>;
  /** What number `n` holds, or null when it is not there (any more). */
  load(n: number): Promise<T | null>;
}

/**
 * The newest of a numbered series routing publishes and intake stores (the taxonomy's versions, the category
 * suggester's activations), as it is in force here: the initial value until the first arrives. The highest number is
 * one indexed read, asked at most once per `freshnessMs` rather than per request: a number another instance stored
 * is in force here within that time, and one this instance stores (`stored`) at the first request after its commit.
 * What a number holds is read again only when the number changed.
 */
export class NewestInForce<T> {
  private cached: { number: number; value: T };
  private checkedAt = Number.NEGATIVE_INFINITY;
  /** The highest number this instance stored: until it is in force, every request asks. */
  private expected = 0;

  constructor(
    private readonly source: InForceSource<T>,
    initial: T,
    private readonly freshnessMs: number,
  ) {
    this.cached = { number: 0, value: initial };
  }

  async current(): Promise<T> {
    const at = Date.now();
    if (this.cached.number >= this.expected && at - this.checkedAt < this.freshnessMs) return this.cached.value;
    const number = await this.source.highest();
    if (number > this.cached.number) {
      const value = await this.source.load(number);
      if (value !== null) this.cached = { number, value };
    }
    this.checkedAt = at;
    return this.cached.value;
  }

  /** This instance is storing `number` (in a transaction not committed yet): ask until it is in force. */
  stored(number: number): void {
    this.expected = Math.max(this.expected, number);
  }
}
