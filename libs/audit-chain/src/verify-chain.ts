import type { AuditAnchor } from './anchor';
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
  | 'head'
  /**
   * An entry does not hash to what a signed anchor kept outside the database says, or an anchored entry is gone: the
   * chain was rewritten (consistently, or the check above would have said so) or cut.
   */
  | 'anchor';

export interface ChainBreak {
  /** The sequence number of the first entry that does not verify (for `head`, the head's). */
  sequence: number;
  reason: ChainBreakReason;
  detail: string;
}

export type ChainVerification =
  | { ok: true; verified: number; head: ChainHead; anchorsChecked: number }
  | { ok: false; verified: number; broken: ChainBreak; anchorsChecked: number };

/**
 * Checks a chain entry by entry, in sequence order, without holding it all in memory: feed it with `accept`
 * (it stops at the first break) and call `finish` with the head recorded beside the chain. Given anchors (their
 * signatures already checked), every anchored entry must hash to what its anchor says.
 */
export class ChainVerifier {
  private head: ChainHead;
  private count = 0;
  private broken: ChainBreak | null = null;
  private readonly anchors: Map<number, AuditAnchor[]>;
  private anchorsChecked = 0;

  constructor(start: ChainHead = EMPTY_CHAIN, anchors: readonly AuditAnchor[] = []) {
    this.head = { ...start };
    this.anchors = new Map();
    for (const anchor of anchors) this.anchors.set(anchor.sequence, [...(this.anchors.get(anchor.sequence) ?? []), anchor]);
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
    for (const anchor of this.anchors.get(entry.sequence) ?? []) {
      if (anchor.hash !== entry.hash) {
        return this.fail(entry.sequence, 'anchor', `entry ${entry.sequence} is not the entry anchored outside the database at ${anchor.anchoredAt}: the chain was rewritten`);
      }
      this.anchorsChecked += 1;
    }
    this.anchors.delete(entry.sequence);
    this.head = { sequence: entry.sequence, hash: entry.hash };
    this.count += 1;
    return null;
  }

  /** The verdict; with the recorded head, a chain cut short at the end is caught too. */
  finish(recordedHead?: ChainHead): ChainVerification {
    const missing = [...this.anchors.keys()].filter((sequence) => sequence > this.head.sequence).sort((a, b) => a - b)[0];
    if (!this.broken && missing !== undefined) {
      this.fail(missing, 'anchor', `entry ${missing}, anchored outside the database, is no longer in the chain: the chain was cut`);
    }
    if (!this.broken && recordedHead && (recordedHead.sequence !== this.head.sequence || recordedHead.hash !== this.head.hash)) {
      this.fail(
        recordedHead.sequence,
        'head',
        `the chain ends at entry ${this.head.sequence} but its recorded head is entry ${recordedHead.sequence}`,
      );
    }
    return this.broken
      ? { ok: false, verified: this.count, broken: this.broken, anchorsChecked: this.anchorsChecked }
      : { ok: true, verified: this.count, head: { ...this.head }, anchorsChecked: this.anchorsChecked };
  }

  private fail(sequence: number, reason: ChainBreakReason, detail: string): ChainBreak {
    this.broken = { sequence, reason, detail };
    return this.broken;
  }
}

/** Verifies a whole chain given in storage order (by sequence number). */
export function verifyChain(entries: Iterable<AuditEntry>, recordedHead?: ChainHead, anchors: readonly AuditAnchor[] = []): ChainVerification {
  const verifier = new ChainVerifier(EMPTY_CHAIN, anchors);
  for (const entry of entries) if (verifier.accept(entry)) break;
  return verifier.finish(recordedHead);
}
