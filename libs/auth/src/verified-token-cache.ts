import type { Principal } from './principal';

interface Entry {
  principal: Principal;
  expiresAtMs: number;
}

/**
 * Remembers tokens that passed verification until they expire, so a professional paging through a queue does
 * not pay an RSA signature check on every request. Only successes are kept (a bad token is checked every
 * time), an entry never outlives its token's `exp` nor `maxAgeMs` (kept well under the token lifetime, so a
 * token is looked at again regularly), and the cache is bounded: the oldest entries go first.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
    private readonly maxAgeMs = 60_000,
  ) {}

  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAtMs <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.principal;
  }

  /** `exp` in seconds since the epoch, as in the token; without one the token is not cached. */
  remember(token: string, principal: Principal, exp: unknown): void {
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return;
    const expiresAtMs = Math.min(exp * 1000, this.now() + this.maxAgeMs);
    if (expiresAtMs <= this.now()) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { principal, expiresAtMs });
  }
}
