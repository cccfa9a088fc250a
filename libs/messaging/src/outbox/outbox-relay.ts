import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Metrics } from '@loket/observability';
import { createIdempotentProducer, createKafka } from '../kafka/kafka-connection';
import { TopicProvisioner } from '../kafka/topic-provisioner';
import { MessagingConfig } from '../messaging.config';
import { RelayLeadership } from './relay-leadership';

interface PendingRow {
  sequence: string;
  topic: string;
  message_key: string;
  envelope: { id: string; type: string; correlationId?: string };
}

const MAX_BACKOFF_MS = 30_000;
/** How often an instance that does not lead asks whether the lock is free. */
const FOLLOWER_POLL_MS = 1_000;

/**
 * Publishes committed outbox rows in order with an idempotent producer and marks them published. One relay per
 * service leads (RelayLeadership); the others wait, so a key's events are published in order whatever the
 * number of instances. No transaction is open while the broker is waited for: the rows are read, sent, then
 * marked in a statement of their own. A crash between send and mark sends them again, which consumers absorb by
 * event id. On a broker outage it backs off and keeps every row.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private producer: Producer;
  private connected = false;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private readonly leadership: RelayLeadership;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: MessagingConfig,
    private readonly metrics: Metrics,
    private readonly topics: TopicProvisioner,
  ) {
    this.producer = createIdempotentProducer(createKafka(config, 'relay'));
    this.leadership = new RelayLeadership(dataSource, `loket-outbox-relay:${config.service}`);
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
    this.wake?.();
    await this.loop;
    await this.leadership.release();
    if (this.connected) await this.producer.disconnect();
    this.connected = false;
  }

  /** Publishes one batch if this relay leads; returns how many rows it published. Exposed for tests and tools. */
  async publishBatch(): Promise<number> {
    if (!(await this.leadership.holds())) return 0;
    await this.ensureConnected();
    const rows: PendingRow[] = await this.dataSource.query(
      `SELECT sequence, topic, message_key, envelope FROM outbox_messages
        WHERE published_at IS NULL ORDER BY sequence LIMIT $1`,
      [this.config.relayBatchSize],
    );
    if (rows.length === 0) return 0;
    await this.producer.sendBatch({ acks: -1, topicMessages: groupByTopic(rows) });
    await this.dataSource.query(`UPDATE outbox_messages SET published_at = now() WHERE sequence = ANY($1::bigint[])`, [
      rows.map((r) => r.sequence),
    ]);
    for (const row of rows) this.metrics.eventsPublished.inc({ topic: row.topic });
    return rows.length;
  }

  private async run(): Promise<void> {
    let backoff = 500;
    while (this.running) {
      try {
        const published = await this.publishBatch();
        backoff = 500;
        if (!this.leadership.isLeader) await this.sleep(Math.max(this.config.relayIdleMs, FOLLOWER_POLL_MS));
        else if (published < this.config.relayBatchSize) await this.sleep(this.config.relayIdleMs);
      } catch (error) {
        this.logger.warn(`outbox relay could not publish, retrying in ${backoff} ms: ${(error as Error).message}`);
        await this.replaceProducer();
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  /**
   * After a failed send the idempotent producer's sequence numbers may no longer match the broker's (a broker
   * restart mid-batch gives OUT_OF_ORDER_SEQUENCE_NUMBER on every later send, for ever): start again with a
   * new producer id. The rows stay unpublished and are sent again; consumers absorb duplicates by event id.
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

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}

function groupByTopic(rows: PendingRow[]) {
  const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({
      key: row.message_key,
      value: JSON.stringify(row.envelope),
      headers: { 'event-id': row.envelope.id, 'event-type': row.envelope.type, 'correlation-id': row.envelope.correlationId ?? row.envelope.id },
    });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
