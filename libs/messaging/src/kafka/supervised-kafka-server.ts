import { Logger } from '@nestjs/common';
import { KafkaContext, KafkaOptions, ServerKafka } from '@nestjs/microservices';
import type { Consumer, EachMessagePayload } from 'kafkajs';
import type { Metrics } from '@loket/observability';
import type { ParkedMessage } from '../dead-letters/replay-dead-letter/local-redelivery';
import { consumeBatch } from './consume-batch';

type ConsumerState = 'starting' | 'running' | 'restarting' | 'stopped';

export interface SupervisionOptions {
  /** After a crash kafkajs will not recover from, the first restart waits this long (doubling, up to 30 s). */
  restartBackoffMs?: number;
  /** Tests and demos on a shared broker only (see MessagingConfig.ignoreEventsBefore). */
  ignoreEventsBefore?: Date;
  /** The most messages of one partition handled in one database transaction (1: a transaction per message). */
  maxMessagesPerTransaction?: number;
  /** Before each start of the consumer: e.g. make sure its topics exist (it subscribes only to topics the broker serves). */
  beforeConsuming?: () => Promise<void>;
}

/**
 * NestJS's Kafka server, consuming in batches and under supervision. What the broker fetched for a partition is
 * handled in offset order, many messages in one database transaction (see consumeBatch); the handlers are the
 * `@EventPattern` methods, reached through NestJS's own dispatch.
 *
 * Supervision: kafkajs restarts its consumer by itself after a retriable crash, but
 * after a non-retriable one it stops for good while the process lives on; here the consumer is then started
 * again (with backoff, for as long as it takes). The same when the broker cannot be reached as the service starts:
 * the service starts without its consumer and keeps trying, instead of exiting. Readiness tells the truth
 * meanwhile: the service is ready only while its consumer is a member of its group.
 */
export class SupervisedKafkaServer extends ServerKafka {
  private readonly log = new Logger('KafkaConsumer');
  private state: ConsumerState = 'starting';
  private problem = 'the consumer has not joined its group yet';
  private closing = false;
  private restarting: Promise<void> | null = null;

  private readonly restartBackoffMs: number;
  private readonly ignoreBefore: number | null;
  private readonly maxMessagesPerTransaction: number;
  private readonly beforeConsuming: () => Promise<void>;

  constructor(
    options: Required<KafkaOptions>['options'],
    private readonly metrics: Metrics,
    supervision: SupervisionOptions = {},
  ) {
    super(options);
    this.restartBackoffMs = supervision.restartBackoffMs ?? 1_000;
    this.ignoreBefore = supervision.ignoreEventsBefore?.getTime() ?? null;
    this.maxMessagesPerTransaction = supervision.maxMessagesPerTransaction ?? 100;
    this.beforeConsuming = supervision.beforeConsuming ?? (async () => undefined);
  }

  /**
   * Starts the consumer; when that fails (the broker away, its topics not yet served), the service still starts,
   * unready, and the consumer is started again with backoff until it runs.
   */
  override async listen(callback: (error?: unknown) => void): Promise<void> {
    await super.listen((error?: unknown) => {
      if (!error || this.closing) return callback(error);
      this.log.warn(`the Kafka consumer could not start (${(error as Error).message}): the service starts unready and keeps trying`);
      this.restartConsumer(error as Error);
      callback();
    });
  }

  override async start(callback: () => void): Promise<void> {
    await this.beforeConsuming();
    await super.start(callback);
  }

  /** As NestJS subscribes and runs the consumer, with `eachBatch` instead of `eachMessage`. */
  override async bindEvents(consumer: Consumer): Promise<void> {
    const topics = [...this.messageHandlers.keys()];
    if (topics.length > 0) await consumer.subscribe({ ...(this.options.subscribe ?? {}), topics });
    await consumer.run({
      ...(this.options.run ?? {}),
      eachBatchAutoResolve: false,
      eachBatch: (payload) => consumeBatch(payload, (message) => this.handleMessage(message), this.maxMessagesPerTransaction),
    });
  }

  override async handleMessage(payload: EachMessagePayload): Promise<unknown> {
    if (this.ignoreBefore !== null && Number(payload.message.timestamp) < this.ignoreBefore) return undefined;
    return super.handleMessage(payload);
  }

  /**
   * Hands one parked event to its handler as a delivery would (the same inbox, the same transaction), without the
   * broker and without pausing any partition when it fails: the caller learns of the failure (see LocalRedelivery).
   */
  async redeliver(parked: ParkedMessage): Promise<void> {
    if (!this.getHandlerByPattern(parked.topic)) throw new Error(`this service does not consume ${parked.topic}`);
    const message = {
      key: parked.key === null ? null : Buffer.from(parked.key),
      value: Buffer.from(parked.value),
      headers: {},
      offset: parked.offset,
      timestamp: String(Date.now()),
      attributes: 0,
      size: 0,
    };
    const raw = this.parser ? this.parser.parse<typeof message>(Object.assign(message, { topic: parked.topic, partition: parked.partition })) : message;
    const packet = await this.deserializer.deserialize(raw, { channel: parked.topic });
    const noPartitionControl = { pause: () => undefined, resume: () => undefined } as unknown as Consumer;
    const context = new KafkaContext([raw as never, parked.partition, parked.topic, noPartitionControl, async () => undefined, this.producer as never]);
    await this.handleEvent(parked.topic, packet, context);
  }

  /** Throws (with the reason) unless the consumer is consuming. */
  assertConsuming(): void {
    if (this.state !== 'running') throw new Error(`Kafka consumer ${this.state}: ${this.problem}`);
  }

  override async close(): Promise<void> {
    this.closing = true;
    await this.restarting?.catch(() => undefined);
    await super.close();
  }

  protected override registerConsumerEventListeners(): void {
    super.registerConsumerEventListeners();
    const consumer = this.consumer;
    if (!consumer) return;
    consumer.on(consumer.events.GROUP_JOIN, () => this.setState('running', ''));
    consumer.on(consumer.events.STOP, () => {
      if (!this.closing && !this.restarting) this.setState('stopped', 'the consumer stopped');
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart) {
        this.setState('restarting', `kafkajs restarts it after: ${payload.error.message}`);
      } else {
        this.restartConsumer(payload.error);
      }
    });
  }

  private restartConsumer(cause: Error): void {
    this.setState('restarting', `it crashed and is being restarted: ${cause.message}`);
    if (this.restarting || this.closing) return;
    this.log.error(`the Kafka consumer stopped (${cause.name}: ${cause.message}); starting it again`);
    this.restarting = this.restartUntilRunning(cause).finally(() => {
      this.restarting = null;
    });
  }

  private async restartUntilRunning(cause: Error): Promise<void> {
    for (let attempt = 1; !this.closing; attempt++) {
      await sleep(Math.min(this.restartBackoffMs * 2 ** (attempt - 1), 30_000));
      if (this.closing) return;
      try {
        await super.close();
        await new Promise<void>((resolve, reject) => super.listen((error?: unknown) => (error ? reject(error) : resolve())));
        this.metrics.consumerRestarts.inc({ reason: cause.name });
        return;
      } catch (error) {
        this.log.error(`starting the Kafka consumer again failed (attempt ${attempt}): ${(error as Error).message}`);
      }
    }
  }

  private setState(state: ConsumerState, problem: string): void {
    this.state = state;
    this.problem = problem;
    this.metrics.consumerRunning.set(state === 'running' ? 1 : 0);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
