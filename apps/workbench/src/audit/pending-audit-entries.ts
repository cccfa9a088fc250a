import type { EntityManager, QueryRunner } from 'typeorm';
import type { AuditFacts } from '@loket/audit-chain';

const PENDING = 'loket.pendingAuditEntries';

/** Keeps an entry with the transaction until it commits. */
export function queueForCommit(tx: EntityManager, facts: AuditFacts): void {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('An audit entry must be recorded inside a transaction');
  const data = runner.data as Record<string, AuditFacts[] | undefined>;
  (data[PENDING] ??= []).push(facts);
}

/** The entries waiting in this transaction, in the order they were recorded; the queue is emptied. */
export function takePending(runner: QueryRunner | undefined): AuditFacts[] {
  if (!runner) return [];
  const data = runner.data as Record<string, AuditFacts[] | undefined>;
  const pending = data[PENDING] ?? [];
  delete data[PENDING];
  return pending;
}
