import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventDefinition, EventEnvelope } from '@loket/contracts';
import { buildEnvelope } from '../envelope/build-envelope';
import { MessagingConfig } from '../messaging.config';
import { OutboxMessage } from './outbox-message.entity';

/**
 * How use-cases publish: `outbox.add(tx, ReportSubmitted, payload)` inside their own transaction. The event
 * is committed together with the change or not at all; only the relay talks to Kafka.
 */
@Injectable()
export class Outbox {
  constructor(private readonly config: MessagingConfig) {}

  async add<P extends object>(tx: EntityManager, definition: EventDefinition<P>, payload: P): Promise<EventEnvelope<P>> {
    const envelope = buildEnvelope(definition, payload, this.config.service);
    await tx.insert(OutboxMessage, {
      eventId: envelope.id,
      topic: definition.topic,
      messageKey: definition.keyOf(payload),
      envelope,
    });
    return envelope;
  }
}
