import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DEFAULT_LINKING_RULES, LinkingRules } from '@loket/incident-linking';

/** The rules the linker decides with, and which version they are (0: the built-in rules). */
export interface ActiveRules {
  readonly version: number;
  readonly rules: LinkingRules;
}

/** How long an instance trusts what it last read; another instance's activation reaches it within this. */
const REFRESH_MS = 2_000;

/**
 * The active linking model. It is read at most every two seconds (not once per report: that would add a query to
 * every decision) and at once after this instance activated or rolled back a version.
 */
@Injectable()
export class ActiveLinkingRules {
  private cached: (ActiveRules & { readAt: number }) | null = null;

  async current(tx: EntityManager): Promise<ActiveRules> {
    if (this.cached && Date.now() - this.cached.readAt < REFRESH_MS) return this.cached;
    const [row]: { version: number; rules: LinkingRules | null }[] = await tx.query(
      `SELECT a.version, m.rules FROM linking_model_activations a
         LEFT JOIN linking_models m ON m.version = a.version
        ORDER BY a.id DESC LIMIT 1`,
    );
    const active: ActiveRules = row && row.version > 0 && row.rules
      ? { version: row.version, rules: row.rules }
      : { version: 0, rules: DEFAULT_LINKING_RULES };
    this.cached = { ...active, readAt: Date.now() };
    return active;
  }

  /** Forget what was read: the next decision reads the active version again. */
  invalidate(): void {
    this.cached = null;
  }
}
