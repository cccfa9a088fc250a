import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { DeadLetterAudit } from '../dead-letter-audit';
import { envelopeOf, lockParked, logResolution, resolve } from '../parked-dead-letter';

/** Gives a parked dead letter up for good, with the administrator's reason; it stays on record, never replayed. */
@Injectable()
export class DiscardDeadLetter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: DeadLetterAudit,
  ) {}

  async execute(id: string, actor: Principal, reason: string): Promise<void> {
    const why = reason.trim();
    if (!why) throw ProblemException.badRequest('a discard needs a reason', [{ field: 'reason', messages: ['reason must not be empty'] }]);
    const row = await this.dataSource.transaction(async (tx) => {
      const row = await lockParked(tx, id);
      await resolve(tx, row, 'discarded', actor, why);
      const eventId = envelopeOf(row.value)?.id ?? null;
      await this.audit.record(tx, actor, { action: 'dead-letter.discarded', deadLetterId: row.id, topic: row.topic, eventId, reason: why });
      return row;
    });
    logResolution(row, 'discarded', actor, why);
  }
}
