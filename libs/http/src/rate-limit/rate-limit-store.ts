/**
 * Where request counts per client and window are kept. Shared by every instance of a service (PostgreSQL in
 * production, see @loket/persistence's PostgresRateLimitStore), so running two instances does not double a limit.
 */
export abstract class RateLimitStore {
  /** Counts one request of `client` in the window of `windowMs` that holds `nowMs`; answers the count so far. */
  abstract count(bucket: string, client: string, windowMs: number, nowMs: number): Promise<number>;
}

/** The same in one process's memory: for a single instance and for tests. */
export class InMemoryRateLimitStore extends RateLimitStore {
  private readonly windows = new Map<string, number>();

  constructor(private readonly maxEntries = 100_000) {
    super();
  }

  async count(bucket: string, client: string, windowMs: number, nowMs: number): Promise<number> {
    const key = `${bucket}\u0000${client}\u0000${windowStart(windowMs, nowMs)}`;
    if (!this.windows.has(key) && this.windows.size >= this.maxEntries) {
      const oldest = this.windows.keys().next().value;
      if (oldest !== undefined) this.windows.delete(oldest);
    }
    const count = (this.windows.get(key) ?? 0) + 1;
    this.windows.set(key, count);
    return count;
  }
}

/** Fixed windows aligned to the epoch, so every instance agrees on where a window starts. */
export function windowStart(windowMs: number, nowMs: number): number {
  return Math.floor(nowMs / windowMs) * windowMs;
}
