import { Injectable, Logger } from '@nestjs/common';
import type { KafkaContext } from '@nestjs/microservices';
import { DataSource, EntityManager } from 'typeorm';
import { EventDefinition, EventEnvelope } from '@loket/contracts';
import { CorrelationContext, Metrics } from '@loket/observability';
import { readEnvelope } from '../envelope/read-envelope';
import { MessagingConfig } from '../messaging.config';
import { DeadLetterPublisher } from './dead-letter-publisher';
import { isInfrastructureFailure } from './infrastructure-failure';
import { UnprocessableEventError } from './unprocessable-event.error';

export type EventHandler<P extends object> = (payload: P, tx: EntityManager, envelope: EventEnvelope<P>) => Promise<void>;

/**
 * Runs an event handler the way Loket requires: the message is validated; its effects and its inbox entry
 * commit in one transaction, so a redelivered event changes nothing; a handler that keeps failing is retried
 * a bounded number of times, then the message goes to the dead-letter topic with the error and the
 * partition moves on. An unreachable database is not the message's fault: that error is rethrown, and
 * Kafka redelivers the message later.
 */
@Injectable()
export class EventConsumer {
  private readonly logger = new Logger(EventConsumer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly config: MessagingConfig,
    private readonly metrics: Metrics,
  ) {}

  async consume<P extends object>(
    definition: EventDefinition<P>,
    raw: unknown,
    context: KafkaContext,
    handler: EventHandler<P>,
  ): Promise<void> {
    const topic = context.getTopic();
    const read = readEnvelope(definition, raw);
    if (!read.ok) return this.deadLetter(context, raw, read.reason, 0);
    const envelope = read.envelope;
    const consumer = `${this.config.service}:${definition.type}.v${definition.version}`;
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await CorrelationContext.run(
          { correlationId: envelope.correlationId, causationId: envelope.id },
          () => this.processOnce(consumer, envelope, handler),
        );
        this.metrics.eventsConsumed.inc({ topic, outcome });
        return;
      } catch (error) {
        if (isInfrastructureFailure(error)) throw error;
        const reason = (error as Error).message ?? String(error);
        if (error instanceof UnprocessableEventError || attempt >= this.config.maxHandlerAttempts) {
          return this.deadLetter(context, raw, reason, attempt);
        }
        this.logger.warn(`${definition.type} ${envelope.id} failed (attempt ${attempt}): ${reason}`);
        await sleep(Math.min(100 * 4 ** (attempt - 1), 5_000));
        await context.getHeartbeat()();
      }
    }
  }

  private processOnce<P extends object>(
    consumer: string,
    envelope: EventEnvelope<P>,
    handler: EventHandler<P>,
  ): Promise<'processed' | 'duplicate'> {
    return this.dataSource.transaction(async (tx) => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO inbox_messages (consumer, event_id, event_type) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [consumer, envelope.id, envelope.type],
      );
      if (inserted.length === 0) return 'duplicate';
      await handler(envelope.payload, tx, envelope);
      return 'processed';
    });
  }

  private async deadLetter(context: KafkaContext, raw: unknown, reason: string, attempts: number): Promise<void> {
    const message = context.getMessage();
    this.logger.error(`dead-lettering ${context.getTopic()}[${context.getPartition()}]@${message.offset}: ${reason}`);
    await this.deadLetters.send({
      topic: context.getTopic(),
      partition: context.getPartition(),
      offset: message.offset,
      key: message.key === null || message.key === undefined ? null : message.key.toString(),
      value: raw,
      reason,
      attempts,
    });
    this.metrics.eventsConsumed.inc({ topic: context.getTopic(), outcome: 'dead-lettered' });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
