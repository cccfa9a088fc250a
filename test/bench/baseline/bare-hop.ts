/**
 * One hop of the bare pipeline (see bare-pipeline.ts), run as a process of its own as each Loket service is:
 * consumes BASELINE_IN, and for each partition batch, in chunks of the services' consumer batch size, records in
 * one PostgreSQL transaction an inbox row per message (a redelivered one is skipped), one state row and one outbox
 * row; the offsets are committed after the transaction. A relay in the same process, woken by each commit (as
 * a NOTIFY on commit would wake it) and by a slow fallback poll, reads the outbox in order, publishes the rows to
 * BASELINE_OUT with an idempotent producer and deletes them. Kafka clients come from @loket/messaging's own
 * settings (client, consumer group options, producer options), so the bare hop talks to Kafka as a service does.
 *
 * Environment: BASELINE_HOP (1–4), BASELINE_IN, BASELINE_OUT, BASELINE_DB (a database holding the hop's tables),
 * LOKET_KAFKA_BROKERS, LOKET_KAFKA_GROUP_ID, LOKET_CONSUMER_BATCH_SIZE, LOKET_DB_* (the PostgreSQL server).
 * Prints `ready` on stdout once its consumer joined its group.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, KafkaMessage, Partitioners } from 'kafkajs';
import { Pool } from 'pg';
import { createKafka, kafkaConsumerOptions, messagingConfigFromEnv } from '@loket/messaging';
import { databaseConfigFromEnv } from '@loket/persistence';

const hop = Number(process.env['BASELINE_HOP']);
const input = process.env['BASELINE_IN']!;
const output = process.env['BASELINE_OUT']!;
const config = messagingConfigFromEnv(`bench-baseline-${hop}`);
const database = { ...databaseConfigFromEnv('bench', process.env), database: process.env['BASELINE_DB']! };
const pool = new Pool({
  host: database.host,
  port: database.port,
  user: database.username,
  password: database.password,
  database: database.database,
  max: 5,
});
const table = (name: string) => `hop${hop}_${name}`;
/** How long the relay sleeps when nothing woke it: the fallback for a wake-up lost in a crash. */
const FALLBACK_POLL_MS = 1_000;
const RELAY_BATCH = 500;

interface BareEvent {
  reportId: string;
  eventId: string;
  sentAt: number;
  body: string;
}

const options = kafkaConsumerOptions(config);
const consumer = new Kafka({ ...options.client, brokers: config.brokers }).consumer(options.consumer!);
// As createIdempotentProducer in libs/messaging/src/kafka/kafka-connection.ts (acks: all is implied by idempotence).
const producer = createKafka(config, 'relay').producer({
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
});

let stopping = false;
let wake: (() => void) | null = null;
/** A commit came while the relay was publishing: it goes round again at once instead of sleeping. */
let dirty = false;
const wakeRelay = () => {
  dirty = true;
  wake?.();
};

/** One chunk of one partition's batch: inbox, state and outbox rows in one transaction. */
async function record(messages: KafkaMessage[]): Promise<void> {
  const events = messages.map((m) => JSON.parse(m.value!.toString()) as BareEvent);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ event_id: string }>(
      `INSERT INTO ${table('inbox')} (event_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id::text`,
      [events.map((e) => e.eventId)],
    );
    const fresh = new Set(rows.map((r) => r.event_id));
    const todo = events.filter((e) => fresh.has(e.eventId));
    if (todo.length) {
      await client.query(
        `INSERT INTO ${table('state')} (report_id, body, updated_at) SELECT r, b, now() FROM unnest($1::uuid[], $2::text[]) AS t(r, b)
           ON CONFLICT (report_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
        [todo.map((e) => e.reportId), todo.map((e) => e.body)],
      );
      const next = todo.map((e) => ({ ...e, eventId: randomUUID() }));
      await client.query(
        `INSERT INTO ${table('outbox')} (message_key, envelope) SELECT k, e FROM unnest($1::text[], $2::jsonb[]) AS t(k, e)`,
        [next.map((e) => e.reportId), next.map((e) => JSON.stringify(e))],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  wakeRelay();
}

/** Publishes the outbox whenever woken (or after the fallback poll); a failed round is tried again. */
async function relay(): Promise<void> {
  while (!stopping) {
    dirty = false;
    try {
      await publishAll();
    } catch (error) {
      process.stderr.write(`bare hop ${hop}: relay failed, trying again: ${(error as Error).message}\n`);
    }
    if (dirty) continue;
    await new Promise<void>((done) => {
      const timer = setTimeout(done, FALLBACK_POLL_MS);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        done();
      };
    });
  }
}

/** Publishes the committed outbox rows in order and deletes them, until the outbox is empty. */
async function publishAll(): Promise<void> {
  for (;;) {
    const { rows } = await pool.query<{ sequence: string; message_key: string; envelope: BareEvent }>(
      `SELECT sequence::text, message_key, envelope FROM ${table('outbox')} ORDER BY sequence LIMIT ${RELAY_BATCH}`,
    );
    if (rows.length === 0) break;
    await producer.send({
      topic: output,
      messages: rows.map((r) => ({ key: r.message_key, value: JSON.stringify(r.envelope) })),
    });
    await pool.query(`DELETE FROM ${table('outbox')} WHERE sequence = ANY($1::bigint[])`, [
      rows.map((r) => r.sequence),
    ]);
    if (rows.length < RELAY_BATCH) break;
  }
}

async function main(): Promise<void> {
  await producer.connect();
  const relaying = relay();
  consumer.on(consumer.events.GROUP_JOIN, () => process.stdout.write('ready\n'));
  await consumer.connect();
  await consumer.subscribe({ topics: [input], fromBeginning: true });
  await consumer.run({
    ...options.run,
    autoCommit: true,
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
      for (let i = 0; i < batch.messages.length && isRunning() && !isStale(); i += config.consumerBatchSize) {
        const chunk = batch.messages.slice(i, i + config.consumerBatchSize);
        await record(chunk);
        resolveOffset(chunk[chunk.length - 1]!.offset);
        await commitOffsetsIfNecessary();
        await heartbeat();
      }
    },
  });
  const stop = async () => {
    stopping = true;
    wakeRelay();
    await consumer.disconnect();
    await relaying.catch(() => undefined);
    await producer.disconnect();
    await pool.end();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
}

main().catch((error) => {
  process.stderr.write(`bare hop ${hop} failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
