import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventDefinition, EventEnvelope } from '@loket/contracts';
import { buildEnvelope } from '../envelope/build-envelope';
import { MessagingConfig } from '../messaging.config';
import { PersonalDataSealing } from '../personal-data/personal-data-sealing';

/** The first key of the outbox's advisory locks ('obox'): its own space, apart from any lock a service takes. */
const KEY_LOCK_SPACE = 0x6f626f78;

/**
 * How use-cases publish: `outbox.add(tx, ReportSubmitted, payload)` inside their own transaction. The event
 * is committed together with the change or not at all; only the relay talks to Kafka. What the event says about a
 * reporter is sealed under their report's key first (PersonalDataSealing), in the outbox as on the bus.
 *
 * A key's events reach Kafka in the order their transactions committed. The relay publishes by sequence, and a
 * sequence is drawn at insert, not at commit: two transactions writing one key (two instances of a service, or
 * two requests at once) could commit against their sequences' order, and the relay would then publish the later
 * event first. So each transaction takes a lock on the key before drawing its sequence and holds it to its end;
 * the second writer of a key waits for the first to commit or roll back. Other keys do not wait.
 *
 * Lock and row are one statement, one round trip to PostgreSQL: the lock is taken in a subquery (`OFFSET 0` keeps
 * it from being folded into the outer query), so it is held before the row's sequence is drawn.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly config: MessagingConfig,
    private readonly personalData: PersonalDataSealing,
  ) {}

  async add<P extends object>(tx: EntityManager, definition: EventDefinition<P>, payload: P): Promise<EventEnvelope<P>> {
    // validated plain, written (and later published) with its personal fields sealed
    const envelope = await this.personalData.seal(definition, buildEnvelope(definition, payload, this.config.service));
    await tx.query(
      `INSERT INTO outbox_messages (event_id, topic, message_key, envelope)
       SELECT $3::uuid, $4, $2, $5::jsonb FROM (SELECT pg_advisory_xact_lock($1::int, hashtext($2)) OFFSET 0) AS key_lock`,
      [KEY_LOCK_SPACE, definition.keyOf(payload), envelope.id, definition.topic, JSON.stringify(envelope)],
    );
    return envelope;
  }
}
