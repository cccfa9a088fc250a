/** How a service reaches Kafka and how hard it tries before it gives a message up to the dead-letter topic. */
export abstract class MessagingConfig {
  service!: string;
  brokers!: string[];
  /** The consumer group: every instance of one service shares it. */
  groupId!: string;
  partitions!: number;
  maxHandlerAttempts!: number;
  relayBatchSize!: number;
  relayIdleMs!: number;
  /**
   * Tests and demos on a shared broker only: events published before this time are passed over unread (a new
   * consumer group would otherwise work through every earlier run's events first). Never set in production,
   * where a new group must read everything.
   */
  ignoreEventsBefore?: Date;
}

export function messagingConfigFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): MessagingConfig {
  const brokers = (env['LOKET_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',').map((b) => b.trim()).filter(Boolean);
  if (brokers.length === 0) throw new Error('LOKET_KAFKA_BROKERS names no broker');
  return {
    service,
    brokers,
    groupId: env['LOKET_KAFKA_GROUP_ID'] ?? `loket-${service}`,
    partitions: positiveInt(env, 'LOKET_KAFKA_PARTITIONS', 6),
    maxHandlerAttempts: positiveInt(env, 'LOKET_EVENT_MAX_ATTEMPTS', 5),
    relayBatchSize: positiveInt(env, 'LOKET_OUTBOX_BATCH_SIZE', 200),
    relayIdleMs: positiveInt(env, 'LOKET_OUTBOX_IDLE_MS', 100),
    ignoreEventsBefore: optionalDate(env, 'LOKET_KAFKA_IGNORE_EVENTS_BEFORE'),
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
