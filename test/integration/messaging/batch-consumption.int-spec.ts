import { randomUUID } from 'node:crypto';
import { buildEnvelope, UnprocessableEventError } from '@loket/messaging';
import { expectEventually } from '@loket/testing';
import { messagingHarness } from './messaging-harness';
import { ThingHappened, ThingHappenedV1 } from './test-event';

/**
 * Consuming in batches (consumeBatch, as the services' Kafka server does): many messages of a partition in one
 * transaction, each in a savepoint; a message that fails alone is retried without undoing the ones before it; a
 * database failure redoes the whole run; every effect exactly once, in offset order. Real PostgreSQL and Kafka.
 */
describe('consuming a partition in batches (real PostgreSQL and Kafka)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;
  /** How often a note's handler should still fail, and how (the rest succeed). */
  const failures = new Map<string, { times: number; error: () => Error; afterWriting?: boolean }>();

  beforeAll(async () => {
    harness = await messagingHarness({ consumerBatchSize: 50, maxHandlerAttempts: 5 });
    await harness.dataSource.query(
      `CREATE TABLE batch_effects (position bigserial PRIMARY KEY, event_id uuid NOT NULL, note text NOT NULL, txid bigint NOT NULL)`,
    );
    await harness.consume(ThingHappened, async (thing: ThingHappenedV1, tx, envelope) => {
      const failure = failures.get(thing.note);
      if (failure?.afterWriting) await tx.query(`INSERT INTO batch_effects (event_id, note, txid) VALUES ($1, $2, txid_current())`, [envelope.id, `${thing.note}-half-done`]);
      if (failure && failure.times > 0) {
        failure.times -= 1;
        throw failure.error();
      }
      await tx.query(`INSERT INTO batch_effects (event_id, note, txid) VALUES ($1, $2, txid_current())`, [envelope.id, thing.note]);
    });
  });
  afterAll(async () => {
    await harness.close();
  });

  /** Sends the notes to partition 0 in one request, so the consumer fetches them together. */
  async function sendInOneGo(notes: string[]): Promise<string[]> {
    const producer = harness.kafka.producer();
    await producer.connect();
    const envelopes = notes.map((note) => buildEnvelope(ThingHappened, { thingId: randomUUID(), note }, 'test'));
    await producer.send({
      topic: ThingHappened.topic,
      messages: envelopes.map((envelope) => ({ partition: 0, key: envelope.payload.thingId, value: JSON.stringify(envelope) })),
    });
    await producer.disconnect();
    return envelopes.map((envelope) => envelope.id);
  }

  const effectsOf = async (prefix: string) =>
    (await harness.dataSource.query(`SELECT note, txid FROM batch_effects WHERE note LIKE $1 ORDER BY position`, [`${prefix}%`])) as {
      note: string;
      txid: string;
    }[];

  const notesFor = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`);

  it('handles 200 messages in a handful of transactions, each once and in offset order', async () => {
    const prefix = `many-${randomUUID().slice(0, 8)}`;
    const notes = notesFor(prefix, 200);
    await sendInOneGo(notes);
    await expectEventually(async () => expect(await effectsOf(prefix)).toHaveLength(200), { timeoutMs: 30_000 });
    const effects = await effectsOf(prefix);
    expect(effects.map((e) => e.note)).toEqual(notes);
    const transactions = new Set(effects.map((e) => e.txid)).size;
    process.stdout.write(`200 messages in ${transactions} transactions (at most 50 a transaction)\n`);
    expect(transactions).toBeGreaterThanOrEqual(4);
    expect(transactions).toBeLessThanOrEqual(40);
  });

  it('retries a failing message without undoing the ones before it, and dead-letters a poison one while the rest go on', async () => {
    const prefix = `mixed-${randomUUID().slice(0, 8)}`;
    const notes = notesFor(prefix, 30);
    failures.set(notes[10]!, { times: 2, error: () => new Error('not yet') });
    failures.set(notes[20]!, { times: Number.POSITIVE_INFINITY, error: () => new UnprocessableEventError('this one can never work') });
    await sendInOneGo(notes);
    await expectEventually(async () => expect(await effectsOf(prefix)).toHaveLength(29), { timeoutMs: 30_000 });
    const effects = await effectsOf(prefix);
    expect(effects.map((e) => e.note)).toEqual(notes.filter((_, i) => i !== 20));
    const parked = (await harness.dataSource.query(`SELECT reason FROM dead_letters WHERE value LIKE $1`, [`%${notes[20]}%`])) as {
      reason: string;
    }[];
    expect(parked).toEqual([{ reason: 'this one can never work' }]);
    // the ten before the failing message committed in their own transaction, before its retries
    expect(new Set(effects.slice(0, 10).map((e) => e.txid)).size).toBeLessThanOrEqual(10);
    expect(effects[9]!.txid).not.toEqual(effects[10]!.txid);
  });

  it('redoes the whole run when the database fails under it, and still has every effect once', async () => {
    const prefix = `redo-${randomUUID().slice(0, 8)}`;
    const notes = notesFor(prefix, 30);
    failures.set(notes[15]!, { times: 1, error: () => Object.assign(new Error('deadlock detected'), { code: '40P01' }) });
    await sendInOneGo(notes);
    await expectEventually(async () => expect(await effectsOf(prefix)).toHaveLength(30), { timeoutMs: 30_000 });
    expect((await effectsOf(prefix)).map((e) => e.note)).toEqual(notes);
    expect(failures.get(notes[15]!)!.times).toBe(0);
    const parked = (await harness.dataSource.query(`SELECT count(*)::int AS n FROM dead_letters WHERE value LIKE $1`, [`%${prefix}%`])) as {
      n: number;
    }[];
    expect(parked[0]!.n).toBe(0);
  });

  it('undoes what the first message of a run wrote before it failed (no savepoint there: the transaction begins again), then parks it', async () => {
    const prefix = `first-${randomUUID().slice(0, 8)}`;
    const [only] = notesFor(prefix, 1);
    failures.set(only!, { times: 1, error: () => new UnprocessableEventError('the first one fails after writing'), afterWriting: true });
    const [eventId] = await sendInOneGo([only!]);
    await expectEventually(
      async () => expect(await harness.dataSource.query(`SELECT reason FROM dead_letters WHERE value LIKE $1`, [`%${only}%`])).toEqual([{ reason: 'the first one fails after writing' }]),
      { timeoutMs: 30_000 },
    );
    expect(await effectsOf(prefix)).toEqual([]);
    expect(await harness.dataSource.query(`SELECT event_id FROM inbox_messages WHERE event_id = $1`, [eventId])).toEqual([]);
    // the next message of the partition goes through as usual
    const [next] = notesFor(`${prefix}-next`, 1);
    await sendInOneGo([next!]);
    await expectEventually(async () => expect((await effectsOf(`${prefix}-next`)).map((e) => e.note)).toEqual([next]), { timeoutMs: 30_000 });
  });
});
