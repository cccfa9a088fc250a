import { Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { isLoketService, topicsOwnedBy } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { MessagingConfig } from '../../messaging.config';
import { DeadLetterAudit } from '../dead-letter-audit';
import { DeadLetterRecord } from '../dead-letter.entity';
import { LocalRedelivery } from './local-redelivery';
import { lockParked, logResolution, resolve, envelopeOf } from '../parked-dead-letter';

/**
 * Sends a parked dead letter again, after a fix.
 * - On a topic this service may write (always, without Kafka's access control; with it, the topics it owns): the
 *   original event goes through this service's outbox to its original topic with its original key and event id, so
 *   every consumer's inbox treats it like any delivery. A consumer that had processed it already ignores it; the
 *   one that had given up on it processes it now, once.
 * - On a topic it may only read (with access control lists, what a consumer's dead letters usually are): the event
 *   is handed to this service's own consumer again, without the broker (LocalRedelivery), through the same inbox.
 *   It counts as replayed once that consumer has processed it; when its handler fails again, the answer says so
 *   and the letter stays parked. Other services that consume the topic are not involved: each replays its own.
 */
@Injectable()
export class ReplayDeadLetter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: DeadLetterAudit,
    /** The service's messaging: with SASL, the broker's access control lists decide which topics it may write. */
    @Optional() private readonly messaging?: MessagingConfig,
    @Optional() private readonly redelivery?: LocalRedelivery,
  ) {}

  async execute(id: string, actor: Principal, reason: string | null = null): Promise<void> {
    const parked = await this.dataSource.transaction((tx) => lockParked(tx, id));
    const envelope = envelopeOf(parked.value);
    if (!envelope) {
      throw ProblemException.conflict(`dead letter ${id} is not an event envelope and cannot be replayed; discard it with a reason`);
    }
    if (!this.mayPublishTo(parked.topic)) return this.replayHere(id, parked, envelope.id, actor, reason);
    const row = await this.dataSource.transaction(async (tx) => {
      const row = await lockParked(tx, id);
      // an event this service published itself has its old (published) row: the replay takes its place
      await tx.query(`DELETE FROM outbox_messages WHERE event_id = $1`, [envelope.id]);
      await tx.query(
        `INSERT INTO outbox_messages (event_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4::jsonb)`,
        [envelope.id, row.topic, row.messageKey ?? envelope.id, row.value],
      );
      await this.resolveReplayed(tx, row, envelope.id, actor, reason);
      return row;
    });
    logResolution(row, 'replayed', actor, reason);
  }

  /** The event handed to this service's own consumer; replayed once that consumer's inbox has it. */
  private async replayHere(id: string, parked: DeadLetterRecord, eventId: string, actor: Principal, reason: string | null): Promise<void> {
    let failure: string | null = null;
    try {
      if (!this.redelivery) throw new Error('this service cannot hand events to its own consumer');
      await this.redelivery.redeliver({ topic: parked.topic, partition: parked.partition, offset: parked.offset, key: parked.messageKey, value: parked.value });
    } catch (error) {
      failure = (error as Error).message ?? String(error);
    }
    const processed = ((await this.dataSource.query(`SELECT 1 FROM inbox_messages WHERE event_id = $1`, [eventId])) as unknown[]).length > 0;
    if (!processed) {
      throw ProblemException.conflict(
        `dead letter ${id} was handed to this service's consumer again and not processed` + (failure ? `: ${failure}` : '') + '; it stays parked',
      );
    }
    const row = await this.dataSource.transaction(async (tx) => {
      const row = await lockParked(tx, id);
      await this.resolveReplayed(tx, row, eventId, actor, reason);
      return row;
    });
    logResolution(row, 'replayed', actor, reason);
  }

  private async resolveReplayed(tx: EntityManager, row: DeadLetterRecord, eventId: string, actor: Principal, reason: string | null): Promise<void> {
    await resolve(tx, row, 'replayed', actor, reason);
    await this.audit.record(tx, actor, { action: 'dead-letter.replayed', deadLetterId: row.id, topic: row.topic, eventId, reason });
  }

  /** A Loket service signed in to the broker writes only the topics it owns (libs/contracts TOPIC_ACCESS). */
  private mayPublishTo(topic: string): boolean {
    const service = this.messaging?.service;
    if (!this.messaging?.security?.sasl || !service || !isLoketService(service)) return true;
    return (topicsOwnedBy(service) as string[]).includes(topic);
  }
}
