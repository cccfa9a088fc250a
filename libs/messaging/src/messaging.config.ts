import { DatabaseConfig, keyVaultConfigFromEnv } from '@loket/persistence';
import { KafkaSecurity, kafkaSecurityFromEnv } from './kafka/kafka-security';

const DAY_MS = 86_400_000;

/** How a service reaches Kafka, how hard it tries before it gives a message up, and how long it keeps what. */
export abstract class MessagingConfig {
  service!: string;
  brokers!: string[];
  /** How it authenticates to the broker and whether over TLS (plaintext when absent). */
  security?: KafkaSecurity;
  /** The consumer group: every instance of one service shares it. */
  groupId!: string;
  partitions!: number;
  maxHandlerAttempts!: number;
  /** The most messages of one partition the consumer handles in one database transaction. */
  consumerBatchSize!: number;
  /** The most outbox rows the relay sends in one batch (and deletes in one statement). */
  relayBatchSize!: number;
  /** The relay's fallback poll: it is woken by NOTIFY on commit, and looks anyway after this long without one. */
  relayPollMs!: number;
  /** `retention.ms` of every topic this service provisions (its dead-letter topics too). */
  topicRetentionMs!: number;
  /** Processed event ids older than this are pruned; never shorter than the topics' retention. */
  inboxRetentionMs!: number;
  pruneIntervalMs!: number;
  pruneBatchSize!: number;
  /**
   * Tests and demos on a shared broker only: events published before this time are passed over unread (a new
   * consumer group would otherwise work through every earlier run's events first). Never set in production,
   * where a new group must read everything.
   */
  ignoreEventsBefore?: Date;
  /**
   * The key vault that personal fields are sealed under on the bus, one key per report: a database every service
   * reaches (see keyVaultConfigFromEnv).
   */
  subjectKeys!: DatabaseConfig;
}

export function messagingConfigFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): MessagingConfig {
  const brokers = (env['LOKET_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',').map((b) => b.trim()).filter(Boolean);
  if (brokers.length === 0) throw new Error('LOKET_KAFKA_BROKERS names no broker');
  const topicRetentionDays = positiveInt(env, 'LOKET_KAFKA_RETENTION_DAYS', 14);
  const inboxRetentionDays = positiveInt(env, 'LOKET_INBOX_RETENTION_DAYS', 30);
  if (inboxRetentionDays < topicRetentionDays) {
    throw new Error(
      `LOKET_INBOX_RETENTION_DAYS (${inboxRetentionDays}) must be at least LOKET_KAFKA_RETENTION_DAYS (${topicRetentionDays}): ` +
        'a redelivered event must still be recognised',
    );
  }
  return {
    service,
    brokers,
    security: kafkaSecurityFromEnv(service, env),
    groupId: env['LOKET_KAFKA_GROUP_ID'] ?? `loket-${service}`,
    partitions: positiveInt(env, 'LOKET_KAFKA_PARTITIONS', 6),
    maxHandlerAttempts: positiveInt(env, 'LOKET_EVENT_MAX_ATTEMPTS', 5),
    consumerBatchSize: positiveInt(env, 'LOKET_CONSUMER_BATCH_SIZE', 100),
    relayBatchSize: positiveInt(env, 'LOKET_OUTBOX_BATCH_SIZE', 200),
    relayPollMs: positiveInt(env, 'LOKET_OUTBOX_POLL_MS', 1_000),
    topicRetentionMs: topicRetentionDays * DAY_MS,
    inboxRetentionMs: inboxRetentionDays * DAY_MS,
    pruneIntervalMs: positiveInt(env, 'LOKET_MESSAGING_PRUNE_INTERVAL_MS', 3_600_000),
    pruneBatchSize: positiveInt(env, 'LOKET_MESSAGING_PRUNE_BATCH_SIZE', 1_000),
    ignoreEventsBefore: optionalDate(env, 'LOKET_KAFKA_IGNORE_EVENTS_BEFORE'),
    subjectKeys: keyVaultConfigFromEnv(env),
  };
}

function optionalDate(env: NodeJS.ProcessEnv, name: string): Date | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw new Error(`${name} must be an ISO 8601 time, got "${raw}"`);
  return date;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}
