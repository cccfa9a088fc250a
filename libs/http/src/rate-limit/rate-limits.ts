import { RateLimitStore, windowStart } from './rate-limit-store';

/** One limit: at most `limit` requests per client in a window of `windowMs`; `refusal` is what the caller reads. */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
  refusal: string;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; refusal: string };

/** A service's named limits (e.g. `reports`, `tracking`) over one shared store. */
export class RateLimits {
  constructor(
    private readonly store: RateLimitStore,
    private readonly rules: Readonly<Record<string, RateLimitRule>>,
    private readonly now: () => number = Date.now,
  ) {}

  async take(bucket: string, client: string): Promise<RateLimitVerdict> {
    const rule = this.rules[bucket];
    if (!rule) throw new Error(`no rate limit named "${bucket}"`);
    const nowMs = this.now();
    const count = await this.store.count(bucket, client, rule.windowMs, nowMs);
    if (count <= rule.limit) return { allowed: true };
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart(rule.windowMs, nowMs) + rule.windowMs - nowMs) / 1000));
    return { allowed: false, retryAfterSeconds, refusal: rule.refusal };
  }
}
