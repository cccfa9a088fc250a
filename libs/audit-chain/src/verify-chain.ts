import { type AuditEntry, type ChainHead, EMPTY_CHAIN } from './audit-entry';
import { entryHash } from './chain';

export type ChainBreakReason =
  /** The next entry does not carry the next sequence number: one was deleted, inserted or moved. */
  | 'sequence'
  /** The entry does not point at the hash of the entry before it. */
  | 'previous-hash'
  /** The entry's content does not hash to its stored hash: it was altered. */
  | 'hash'
  /** The chain does not end where the recorded head says: entries were removed from the end, or added. */
  | 'head';

export interface ChainBreak {
  /** The sequence number of the first entry that does not verify (for `head`, the head's). */
  sequence: number;
  reason: ChainBreakReason;
  detail: string;
}

export type ChainVerification = { ok: true; verified: number; head: ChainHead } | { ok: false; verified: number; broken: ChainBreak };

/**
 * Checks a chain entry by entry, in sequence order, without holding it all in memory: feed it with `accept`
 * (it stops at the first break) and call `finish` with the head recorded beside the chain.
 */
export class ChainVerifier {
  private head: ChainHead;
  private count = 0;
  private broken: ChainBreak | null = null;

  constructor(start: ChainHead = EMPTY_CHAIN) {
    this.head = { ...start };
  }

  get verified(): number {
    return this.count;
  }

  /** The first break, once found; further entries are ignored. */
  accept(entry: AuditEntry): ChainBreak | null {
    if (this.broken) return this.broken;
    const expected = this.head.sequence + 1;
    if (entry.sequence !== expected) {
      return this.fail(entry.sequence, 'sequence', `expected entry ${expected}, found entry ${entry.sequence}`);
    }
    if (entry.previousHash !== this.head.hash) {
      return this.fail(entry.sequence, 'previous-hash', `entry ${entry.sequence} does not point at entry ${this.head.sequence}'s hash`);
    }
    const recomputed = entryHash(entry.previousHash, entry.sequence, entry);
    if (recomputed !== entry.hash) {
      return this.fail(entry.sequence, 'hash', `entry ${entry.sequence}'s content does not match its hash`);
    }
    this.head = { sequence: entry.sequence, hash: entry.hash };
    this.count += 1;
    return null;
  }

  /** The verdict; with the recorded head, a chain cut short at the end is caught too. */
  finish(recordedHead?: ChainHead): ChainVerification {
    if (!this.broken && recordedHead && (recordedHead.sequence !== this.head.sequence || recordedHead.hash !== this.head.hash)) {
      this.fail(
        recordedHead.sequence,
        'head',
        `the chain ends at entry ${this.head.sequence} but its recorded head is entry ${recordedHead.sequence}`,
      );
    }
    return this.broken
      ? { ok: false, verified: this.count, broken: this.broken }
      : { ok: true, verified: this.count, head: { ...this.head } };
  }

  private fail(sequence: number, reason: ChainBreakReason, detail: string): ChainBreak {
    this.broken = { sequence, reason, detail };
    return this.broken;
  }
}

/** Verifies a whole chain given in storage order (by sequence number). */
export function verifyChain(entries: Iterable<AuditEntry>, recordedHead?: ChainHead): ChainVerification {
  const verifier = new ChainVerifier();
  for (const entry of entries) if (verifier.accept(entry)) break;
  return verifier.finish(recordedHead);
}
