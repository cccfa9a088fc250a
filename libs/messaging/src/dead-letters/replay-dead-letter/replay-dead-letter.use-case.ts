import { Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { isLoketService, topicsOwnedBy } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { MessagingConfig } from '../../messaging.config';
import { DeadLetterAudit } from '../dead-letter-audit';
import { lockParked, logResolution, resolve, envelopeOf } from '../parked-dead-letter';

/**
 * Sends a parked dead letter again, after a fix: the original event goes through this service's outbox to its
 * original topic with its original key and event id, so every consumer's inbox treats it like any delivery. A
 * consumer that had processed it already ignores it; the one that had given up on it processes it now, once.
 */
@Injectable()
export class ReplayDeadLetter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: DeadLetterAudit,
    /** The service's messaging: with SASL, the broker's access control lists decide which topics it may write. */
    @Optional() private readonly messaging?: MessagingConfig,
  ) {}

  async execute(id: string, actor: Principal, reason: string | null = null): Promise<void> {
    const row = await this.dataSource.transaction(async (tx) => {
      const row = await lockParked(tx, id);
      const envelope = envelopeOf(row.value);
      if (!envelope) {
        throw ProblemException.conflict(`dead letter ${id} is not an event envelope and cannot be replayed; discard it with a reason`);
      }
      if (!this.mayPublishTo(row.topic)) {
        // The relay would be refused the topic for ever, and hold up every later event of this service behind it.
        throw ProblemException.conflict(
          `dead letter ${id} is on ${row.topic}, which ${this.messaging?.service} may only read under Kafka's access control: ` +
            'it cannot be replayed through this service; it stays parked (discard it with a reason, or have the owner publish it again)',
        );
      }
      // an event this service published itself has its old (published) row: the replay takes its place
      await tx.query(`DELETE FROM outbox_messages WHERE event_id = $1`, [envelope.id]);
      await tx.query(
        `INSERT INTO outbox_messages (event_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4::jsonb)`,
        [envelope.id, row.topic, row.messageKey ?? envelope.id, row.value],
      );
      await resolve(tx, row, 'replayed', actor, reason);
      await this.audit.record(tx, actor, { action: 'dead-letter.replayed', deadLetterId: row.id, topic: row.topic, eventId: envelope.id, reason });
      return row;
    });
    logResolution(row, 'replayed', actor, reason);
  }

  /** A Loket service signed in to the broker writes only the topics it owns (libs/contracts TOPIC_ACCESS). */
  private mayPublishTo(topic: string): boolean {
    const service = this.messaging?.service;
    if (!this.messaging?.security?.sasl || !service || !isLoketService(service)) return true;
    return (topicsOwnedBy(service) as string[]).includes(topic);
  }
}
