import type { EntityManager } from 'typeorm';
import type { AuditEntry, AuditFacts, ChainHead } from '@loket/audit-chain';

/** What an administrator may filter the log by; `before` is the sequence number a page starts below. */
export interface AuditLogFilter {
  caseId?: string;
  /** A username or a Keycloak subject. */
  actor?: string;
  from?: Date;
  to?: Date;
  before?: number;
  limit: number;
}

/** The audit log's storage: an append-only, hash-chained table and the row holding the chain's head. */
export abstract class AuditLog {
  /**
   * Chains the entries onto the head and stores them, in `tx`. The head's row stays locked until `tx`
   * ends, so concurrent appends queue up and the chain never forks.
   */
  abstract append(tx: EntityManager, facts: readonly AuditFacts[]): Promise<void>;

  /** Newest first. */
  abstract find(filter: AuditLogFilter): Promise<AuditEntry[]>;

  /** Oldest first, from the entry after `afterSequence`; for verification, with a snapshot's manager. */
  abstract entriesAfter(manager: EntityManager, afterSequence: number, limit: number): Promise<AuditEntry[]>;

  abstract head(manager: EntityManager): Promise<ChainHead>;
}
