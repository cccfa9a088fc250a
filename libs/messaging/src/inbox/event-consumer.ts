import { Injectable, Logger } from '@nestjs/common';
import type { KafkaContext } from '@nestjs/microservices';
import { DataSource, EntityManager } from 'typeorm';
import { EventDefinition, EventEnvelope } from '@loket/contracts';
import { CorrelationContext, Metrics } from '@loket/observability';
import { parseEnvelope, validatePayload } from '../envelope/read-envelope';
import { MessagingConfig } from '../messaging.config';
import { DeadLetterStore } from '../dead-letters/dead-letter-store';
import { PersonalDataSealing } from '../personal-data/personal-data-sealing';
import { ConsumerBatch } from './consumer-batch';
import { DeadLetterPublisher } from './dead-letter-publisher';
import { isInfrastructureFailure } from './infrastructure-failure';
import { retryPartitionLater } from './retry-later';
import { UnprocessableEventError } from './unprocessable-event.error';

export type EventHandler<P extends object> = (payload: P, tx: EntityManager, envelope: EventEnvelope<P>) => Promise<void>;

const MAX_HANDLER_BACKOFF_MS = 5_000;
const MAX_INFRASTRUCTURE_BACKOFF_MS = 5_000;

/**
 * Runs an event handler the way Loket requires: the message's personal fields are opened with their report's key
 * (or read as forgotten), the message is validated; its effects and its inbox entry
 * commit in one transaction, so a redelivered event changes nothing. Consumed in batches (SupervisedKafkaServer),
 * that transaction is the batch's: worked optimistically first, where a message that does not go through only asks
 * for the run to be worked again carefully, with a savepoint for each message (see ConsumerBatch). A handler that fails
 * is tried again after a growing backoff with only its own partition paused (the others go on), a bounded
 * number of times; then the message goes to the dead-letter topic with the reason and the partition moves on.
 * An unreachable, restarting or briefly overloaded database (or broker) is not the message's fault: that message
 * is tried again for as long as it takes and never dead-lettered. Nothing here ever stops the consumer.
 */
@Injectable()
export class EventConsumer {
  private readonly logger = new Logger(EventConsumer.name);
  /** Failed attempts per message (topic/partition@offset) that is being retried. */
  private readonly failedAttempts = new Map<string, number>();
  /** Consecutive infrastructure failures per partition, for its backoff. */
  private readonly infrastructureStreak = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly parked: DeadLetterStore,
    private readonly config: MessagingConfig,
    private readonly metrics: Metrics,
    private readonly personalData: PersonalDataSealing,
  ) {}

  async consume<P extends object>(
    definition: EventDefinition<P>,
    raw: unknown,
    context: KafkaContext,
    handler: EventHandler<P>,
  ): Promise<void> {
    const topic = context.getTopic();
    const parsed = parseEnvelope(definition, raw);
    if (!parsed.ok) return this.deadLetter(context, raw, parsed.reason, 0);
    let opened;
    try {
      opened = await this.personalData.open(definition, parsed.envelope);
    } catch (error) {
      // the key vault out of reach is not the message's fault; anything else about opening it is
      if (isInfrastructureFailure(error)) return this.retryAfterInfrastructureFailure(context, error);
      return this.deadLetter(context, raw, `its personal fields could not be opened: ${(error as Error)?.message ?? String(error)}`, 0);
    }
    if (opened.ok === 'forgotten') {
      // its reporter was forgotten and the event means nothing without what it said about them
      this.counted(topic, 'forgotten');
      return;
    }
    if (!opened.ok) return this.deadLetter(context, raw, opened.reason, 0);
    const read = validatePayload(definition, opened.envelope);
    if (!read.ok) return this.deadLetter(context, raw, read.reason, 0);
    const envelope = read.envelope;
    const consumer = `${this.config.service}:${definition.type}.v${definition.version}`;
    const messageKey = keyOf(context);
    try {
      const outcome = await CorrelationContext.run(
        { correlationId: envelope.correlationId, causationId: envelope.id },
        () => this.processOnce(consumer, envelope, handler),
      );
      this.failedAttempts.delete(messageKey);
      this.infrastructureStreak.delete(partitionOf(context));
      this.counted(topic, outcome);
    } catch (error) {
      if (isInfrastructureFailure(error)) return this.retryAfterInfrastructureFailure(context, error);
      this.infrastructureStreak.delete(partitionOf(context));
      const reason = (error as Error)?.message ?? String(error);
      const batch = ConsumerBatch.active();
      if (batch && !batch.careful) batch.redoCarefully(reason); // counted, retried or dead-lettered in the careful run
      const attempt = (this.failedAttempts.get(messageKey) ?? 0) + 1;
      if (error instanceof UnprocessableEventError || attempt >= this.config.maxHandlerAttempts) {
        this.failedAttempts.delete(messageKey);
        return this.deadLetter(context, raw, reason, attempt);
      }
      this.rememberAttempt(messageKey, attempt);
      ConsumerBatch.active()?.requestRetry({ scope: 'from-this-message', reason });
      this.logger.warn(`${definition.type} ${envelope.id} failed (attempt ${attempt}): ${reason}`);
      this.metrics.eventsConsumed.inc({ topic, outcome: 'retried' });
      retryPartitionLater(context.getConsumer(), topic, context.getPartition(), backoff(100, attempt, MAX_HANDLER_BACKOFF_MS), reason);
    }
  }

  private processOnce<P extends object>(
    consumer: string,
    envelope: EventEnvelope<P>,
    handler: EventHandler<P>,
  ): Promise<'processed' | 'duplicate'> {
    const work = async (tx: EntityManager): Promise<'processed' | 'duplicate'> => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO inbox_messages (consumer, event_id, event_type) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [consumer, envelope.id, envelope.type],
      );
      if (inserted.length === 0) return 'duplicate';
      await handler(envelope.payload, tx, envelope);
      return 'processed';
    };
    const batch = ConsumerBatch.active();
    return batch ? batch.inSavepoint(this.dataSource, work) : this.dataSource.transaction(work);
  }

  private retryAfterInfrastructureFailure(context: KafkaContext, error: unknown): never {
    const partition = partitionOf(context);
    const streak = (this.infrastructureStreak.get(partition) ?? 0) + 1;
    this.infrastructureStreak.set(partition, streak);
    const reason = `infrastructure unavailable: ${(error as Error).message}`;
    ConsumerBatch.active()?.requestRetry({ scope: 'whole-batch', reason });
    if (streak === 1 || streak % 20 === 0) this.logger.warn(`${partition} waits (failure ${streak}): ${reason}`);
    this.metrics.eventsConsumed.inc({ topic: context.getTopic(), outcome: 'infrastructure-retry' });
    retryPartitionLater(context.getConsumer(), context.getTopic(), context.getPartition(), backoff(250, streak, MAX_INFRASTRUCTURE_BACKOFF_MS), reason);
  }

  private async deadLetter(context: KafkaContext, raw: unknown, reason: string, attempts: number): Promise<void> {
    const active = ConsumerBatch.active();
    if (active && !active.careful) active.redoCarefully(reason); // parked and sent to the dead-letter topic in the careful run
    const message = context.getMessage();
    this.logger.error(`dead-lettering ${context.getTopic()}[${context.getPartition()}]@${message.offset}: ${reason}`);
    const letter = {
      topic: context.getTopic(),
      partition: context.getPartition(),
      offset: message.offset,
      key: message.key === null || message.key === undefined ? null : message.key.toString(),
      value: raw,
      reason,
      attempts,
    };
    try {
      const batch = ConsumerBatch.active();
      // in a batch the parked row commits with the messages before and after it, or not at all
      if (batch) await batch.inSavepoint(this.dataSource, (tx) => this.parked.park(letter, tx));
      else await this.parked.park(letter);
      await this.deadLetters.send(letter);
    } catch (error) {
      // the database or the dead-letter topic is out of reach: the message stays until it can be parked in both
      return this.retryAfterInfrastructureFailure(context, error);
    }
    this.metrics.eventsConsumed.inc({ topic: context.getTopic(), outcome: 'dead-lettered' });
  }

  /** Counts a message that went through, once its batch's transaction committed (at once outside a batch). */
  private counted(topic: string, outcome: 'processed' | 'duplicate' | 'forgotten'): void {
    const count = () => this.metrics.eventsConsumed.inc({ topic, outcome });
    const batch = ConsumerBatch.active();
    if (batch) batch.afterCommit(count);
    else count();
  }

  private rememberAttempt(messageKey: string, attempt: number): void {
    if (this.failedAttempts.size >= 10_000) this.failedAttempts.clear(); // a bound, not a policy: worst case more attempts
    this.failedAttempts.set(messageKey, attempt);
  }
}

function keyOf(context: KafkaContext): string {
  return `${partitionOf(context)}@${context.getMessage().offset}`;
}

function partitionOf(context: KafkaContext): string {
  return `${context.getTopic()}/${context.getPartition()}`;
}

function backoff(baseMs: number, attempt: number, maxMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), maxMs);
}
