import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Metrics } from '@loket/observability';
import { createIdempotentProducer, createKafka } from '../kafka/kafka-connection';
import { TopicProvisioner } from '../kafka/topic-provisioner';
import { MessagingConfig } from '../messaging.config';
import { OutboxRow, toTopicMessages } from './outbox-batch';
import { RelayDoorbell } from './relay-doorbell';
import { RelayLeadership } from './relay-leadership';

const MAX_BACKOFF_MS = 30_000;
/** How often an instance that does not lead asks whether the lock is free. */
const FOLLOWER_POLL_MS = 1_000;

/**
 * Publishes committed outbox rows in order with an idempotent producer and deletes them once the broker has them.
 * One relay per service leads (RelayLeadership); the others wait, so a key's events are published in order whatever
 * the number of instances. The leader is woken by the outbox's NOTIFY on commit and then publishes batch after batch
 * until the outbox is empty; a notification that comes while a batch is in flight makes one more pass
 * (RelayDoorbell). A slow fallback poll (`relayPollMs`) covers anything a notification did not announce. No
 * transaction is open while the broker is waited for: the rows are read, sent, then deleted in a statement of their
 * own. A crash between send and delete sends them again, which consumers absorb by event id. On a broker outage it
 * backs off and keeps every row.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private producer: Producer;
  private connected = false;
  private running = false;
  private loop: Promise<void> | null = null;
  private readonly doorbell = new RelayDoorbell();
  private readonly leadership: RelayLeadership;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: MessagingConfig,
    private readonly metrics: Metrics,
    private readonly topics: TopicProvisioner,
  ) {
    this.producer = createIdempotentProducer(createKafka(config, 'relay'));
    this.leadership = new RelayLeadership(dataSource, `loket-outbox-relay:${config.service}`, {
      notified: () => this.doorbell.ring(),
      lost: (error) => {
        if (this.running) this.logger.warn(`outbox relay lost its leadership connection, asking again: ${error.message}`);
        this.doorbell.ring();
      },
    });
  }

  /** Whether this instance's relay is the one that publishes. */
  get isLeader(): boolean {
    return this.leadership.isLeader;
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.doorbell.ring();
    await this.loop;
    await this.leadership.release();
    if (this.connected) await this.producer.disconnect();
    this.connected = false;
  }

  /** Publishes one batch if this relay leads; returns how many rows it published. Exposed for tests and tools. */
  async publishBatch(): Promise<number> {
    if (!(await this.leadership.holds())) return 0;
    await this.ensureConnected();
    // envelope::text: the row goes to Kafka as the JSON it is stored as, not parsed and written again.
    // read on the leadership connection: a relay that lost its session fails here, before sending
    const rows: OutboxRow[] = await this.leadership.query(
      `SELECT sequence, topic, message_key, event_id::text AS event_id, envelope->>'type' AS event_type,
              envelope->>'correlationId' AS correlation_id, envelope::text AS value
         FROM outbox_messages ORDER BY sequence LIMIT $1`,
      [this.config.relayBatchSize],
    );
    if (rows.length === 0) return 0;
    await this.producer.sendBatch({ acks: -1, topicMessages: toTopicMessages(rows) });
    // By the sequences read, never by a range: a row with a lower sequence may still be in an open transaction.
    // Deleted through the pool, not the leadership connection: once sent, a lost session must not leave the rows
    // behind for the next leader to send again.
    await this.dataSource.query(`DELETE FROM outbox_messages WHERE sequence = ANY($1::bigint[])`, [rows.map((r) => r.sequence)]);
    const perTopic = new Map<string, number>();
    for (const row of rows) perTopic.set(row.topic, (perTopic.get(row.topic) ?? 0) + 1);
    for (const [topic, count] of perTopic) this.metrics.eventsPublished.inc({ topic }, count);
    return rows.length;
  }

  private async run(): Promise<void> {
    let backoff = 500;
    while (this.running) {
      try {
        const published = await this.publishBatch();
        backoff = 500;
        if (!this.leadership.isLeader) await this.doorbell.wait(FOLLOWER_POLL_MS);
        else if (published < this.config.relayBatchSize) await this.doorbell.wait(this.config.relayPollMs);
        // a full batch: more may be waiting, go on at once
      } catch (error) {
        if (!this.running) break;
        this.logger.warn(`outbox relay could not publish, retrying in ${backoff} ms: ${(error as Error).message}`);
        await this.replaceProducer();
        await this.doorbell.wait(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  /**
   * After a failed send the idempotent producer's sequence numbers may no longer match the broker's (a broker
   * restart mid-batch gives OUT_OF_ORDER_SEQUENCE_NUMBER on every later send, for ever): start again with a
   * new producer id. The rows stay in the outbox and are sent again; consumers absorb duplicates by event id.
   */
  private async replaceProducer(): Promise<void> {
    const old = this.producer;
    this.producer = createIdempotentProducer(createKafka(this.config, 'relay'));
    if (this.connected) await old.disconnect().catch(() => undefined);
    this.connected = false;
  }

  private async ensureConnected(): Promise<void> {
    if (this.connected) return;
    await this.topics.ensureTopics();
    await this.producer.connect();
    this.connected = true;
  }
}
