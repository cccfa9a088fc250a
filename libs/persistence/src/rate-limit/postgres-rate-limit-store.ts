import { Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RateLimitStore, windowStart } from '@loket/http';

/**
 * Request counts in the service's own database, so every instance of a service counts against the same limit.
 * The client (an IP address, an e-mail address) is kept only as a keyed hash, and a window's row is removed a
 * day after it ended. When the database cannot count, the request is let through (and logged): the rate limit
 * guards against abuse, it must not turn a database hiccup into refusals of its own.
 */
export class PostgresRateLimitStore extends RateLimitStore {
  private readonly logger = new Logger('RateLimit');
  private counted = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly secret: string,
    private readonly pruneEvery = 1_000,
  ) {
    super();
  }

  async count(bucket: string, client: string, windowMs: number, nowMs: number): Promise<number> {
    const clientHash = createHmac('sha256', this.secret).update(`${bucket}\u0000${client}`).digest('base64url');
    const start = windowStart(windowMs, nowMs);
    try {
      const rows: { count: number }[] = await this.dataSource.query(
        `INSERT INTO rate_limit_windows (bucket, client_hash, window_start, forget_after, count)
         VALUES ($1, $2, $3, $4, 1)
         ON CONFLICT (bucket, client_hash, window_start) DO UPDATE SET count = rate_limit_windows.count + 1
         RETURNING count`,
        [bucket, clientHash, new Date(start), new Date(start + windowMs + 86_400_000)],
      );
      if (++this.counted % this.pruneEvery === 0) await this.prune();
      return Number(rows[0]?.count ?? 1);
    } catch (error) {
      this.logger.warn(`could not count a request for "${bucket}", letting it through: ${(error as Error).message}`);
      return 0;
    }
  }

  async prune(): Promise<number> {
    const [, removed] = (await this.dataSource.query(`DELETE FROM rate_limit_windows WHERE forget_after < now()`)) as [unknown, number];
    return removed;
  }
}
