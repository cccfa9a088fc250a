import { Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { DeadLetterRecord } from './dead-letter.entity';

const log = new Logger('DeadLetters');

/** Locks a parked dead letter for its resolution: 404 when there is none, 409 when it was resolved already. */
export async function lockParked(tx: EntityManager, id: string): Promise<DeadLetterRecord> {
  if (!/^\d{1,18}$/.test(id)) throw ProblemException.notFound(`no dead letter ${id}`);
  const row = await tx.getRepository(DeadLetterRecord).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!row) throw ProblemException.notFound(`no dead letter ${id}`);
  if (row.status !== 'parked') {
    throw ProblemException.conflict(`dead letter ${id} was ${row.status} already, by ${row.resolvedBy ?? 'unknown'}`, {
      deadLetterStatus: row.status,
    });
  }
  return row;
}

/** Writes the resolution into the row itself: who, when and why. Only a parked row is ever resolved. */
export async function resolve(
  tx: EntityManager,
  row: DeadLetterRecord,
  status: 'replayed' | 'discarded',
  actor: Principal,
  reason: string | null,
): Promise<void> {
  await tx.query(
    `UPDATE dead_letters SET status = $2, resolved_by = $3, resolved_at = now(), resolution_reason = $4
      WHERE id = $1 AND status = 'parked'`,
    [row.id, status, actorName(actor), reason],
  );
}

/** The structured log line of a resolution (after it committed). */
export function logResolution(row: DeadLetterRecord, status: 'replayed' | 'discarded', actor: Principal, reason: string | null): void {
  log.log(
    JSON.stringify({
      event: `dead-letter.${status}`,
      deadLetterId: row.id,
      topic: row.topic,
      partition: row.partition,
      offset: row.offset,
      actorSubject: actor.subject,
      actorUsername: actor.username,
      reason,
    }),
  );
}

export function actorName(actor: Principal): string {
  return (actor.username || actor.subject).slice(0, 200);
}

/** The event id and type in a dead letter's value, when it is an envelope at all. */
export function envelopeOf(value: string): { id: string; type: string; correlationId?: string } | null {
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { id, type } = parsed as { id?: unknown; type?: unknown };
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    return typeof id === 'string' && uuid.test(id) && typeof type === 'string' ? (parsed as { id: string; type: string }) : null;
  } catch {
    return null;
  }
}
