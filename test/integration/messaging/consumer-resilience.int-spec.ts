import { randomUUID } from 'node:crypto';
import { expectEventually } from '@loket/testing';
import { buildEnvelope } from '@loket/messaging';
import { messagingHarness } from './messaging-harness';
import { ThingHappened, ThingHappenedV1 } from './test-event';

/**
 * A message that keeps failing waits with only its own partition paused, the other partitions go on, and the
 * consumer never stops; a transient database error is retried for as long as it lasts and never dead-lettered.
 * Real PostgreSQL and Kafka.
 */
describe('a consumer that survives failing handlers (real PostgreSQL and Kafka)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;
  const stuck = new Set<string>();
  const attempts = new Map<string, number>();

  beforeAll(async () => {
    // many attempts allowed, so the stuck message is never dead-lettered during the test
    harness = await messagingHarness({ maxHandlerAttempts: 1_000 });
    await harness.consume(ThingHappened, async (thing: ThingHappenedV1, tx, envelope) => {
      attempts.set(thing.note, (attempts.get(thing.note) ?? 0) + 1);
      if (stuck.has(thing.note)) throw new Error('not yet');
      await tx.query(`INSERT INTO test_effects (event_id, note) VALUES ($1, $2)`, [envelope.id, thing.note]);
    });
  });
  afterAll(async () => {
    await harness.close();
  });

  const effectsOf = async (note: string) =>
    (await harness.dataSource.query(`SELECT event_id FROM test_effects WHERE note = $1`, [note])) as unknown[];

  async function send(messages: { partition: number; note: string }[]): Promise<void> {
    const producer = harness.kafka.producer();
    await producer.connect();
    for (const { partition, note } of messages) {
      const thingId = randomUUID();
      await producer.send({
        topic: ThingHappened.topic,
        messages: [{ partition, key: thingId, value: JSON.stringify(buildEnvelope(ThingHappened, { thingId, note }, 'test')) }],
      });
    }
    await producer.disconnect();
  }

  it('goes on with the other partitions while one message keeps failing, and keeps its own partition in order', async () => {
    const run = randomUUID().slice(0, 8);
    const blocked = `blocked-${run}`;
    const behindIt = `behind-${run}`;
    stuck.add(blocked);
    await send([{ partition: 0, note: blocked }, { partition: 0, note: behindIt }]);
    await expectEventually(() => expect(attempts.get(blocked) ?? 0).toBeGreaterThanOrEqual(2));

    const others = [1, 2, 3, 4, 5].map((partition) => ({ partition, note: `other-${partition}-${run}` }));
    await send(others);
    for (const { note } of others) await expectEventually(async () => expect(await effectsOf(note)).toHaveLength(1));
    expect(await effectsOf(blocked)).toHaveLength(0);
    expect(await effectsOf(behindIt)).toHaveLength(0); // order within the partition holds
    expect(attempts.get(behindIt)).toBeUndefined();

    stuck.delete(blocked); // "the fix"
    await expectEventually(async () => expect(await effectsOf(behindIt)).toHaveLength(1), { timeoutMs: 30_000 });
    expect(await effectsOf(blocked)).toHaveLength(1);
  });

  it('retries a deadlocked transaction until it goes through, beyond the handler attempt limit, and never dead-letters it', async () => {
    const short = await messagingHarness({ maxHandlerAttempts: 2 });
    const note = `deadlocked-${randomUUID().slice(0, 8)}`;
    let tries = 0;
    try {
      await short.consume(ThingHappened, async (thing: ThingHappenedV1, tx, envelope) => {
        if (thing.note !== note) return;
        tries += 1;
        if (tries <= 4) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
        await tx.query(`INSERT INTO test_effects (event_id, note) VALUES ($1, $2)`, [envelope.id, thing.note]);
      });
      await send([{ partition: 2, note }]);
      await expectEventually(async () => {
        const rows = (await short.dataSource.query(`SELECT event_id FROM test_effects WHERE note = $1`, [note])) as unknown[];
        expect(rows).toHaveLength(1);
      });
      expect(tries).toBe(5);
      expect(await short.metricsText()).not.toMatch(/outcome="dead-lettered"/);
    } finally {
      await short.close();
    }
  });
});
