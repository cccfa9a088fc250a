import { createHash } from 'node:crypto';
import type { AuditEntry, AuditFacts, ChainHead } from './audit-entry';
import { canonicalJson } from './canonical-json';

/**
 * The hash of an entry: SHA-256 (hex) over the previous entry's hash, a newline and the canonical
 * serialisation of the entry's sequence number and facts. Changing any fact, the position or the
 * predecessor changes it.
 */
export function entryHash(previousHash: string, sequence: number, facts: AuditFacts): string {
  return createHash('sha256').update(`${previousHash}\n${canonicalSerialisation(sequence, facts)}`).digest('hex');
}

export function canonicalSerialisation(sequence: number, facts: AuditFacts): string {
  const { occurredAt, actor, action, caseId, details, correlationId } = facts;
  return canonicalJson({
    sequence,
    occurredAt,
    actor: {
      kind: actor.kind,
      subject: actor.subject,
      username: actor.username,
      roles: [...actor.roles],
      organisation: actor.organisation,
    },
    action,
    caseId,
    details,
    correlationId,
  });
}

/** Puts new entries after the head, in the given order; returns them and the new head. */
export function appendToChain(head: ChainHead, facts: readonly AuditFacts[]): { entries: AuditEntry[]; head: ChainHead } {
  const entries: AuditEntry[] = [];
  let { sequence, hash } = head;
  for (const fact of facts) {
    sequence += 1;
    const entry: AuditEntry = { ...fact, sequence, previousHash: hash, hash: entryHash(hash, sequence, fact) };
    entries.push(entry);
    hash = entry.hash;
  }
  return { entries, head: { sequence, hash } };
}
