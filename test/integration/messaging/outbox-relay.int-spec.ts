import { randomUUID } from 'node:crypto';
import { expectEventually, KafkaProbe } from '@loket/testing';
import { InvalidEventError } from '@loket/messaging';
import { messagingHarness } from './messaging-harness';
import { ThingHappened } from './test-event';

describe('transactional outbox and relay (real PostgreSQL and Kafka)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;
  let probe: KafkaProbe;

  beforeAll(async () => {
    harness = await messagingHarness();
    probe = await KafkaProbe.start([ThingHappened.topic]);
  });
  afterAll(async () => {
    await probe.stop();
    await harness.close();
  });

  const inOutbox = async (eventId: string) =>
    ((await harness.dataSource.query(`SELECT 1 FROM outbox_messages WHERE event_id = $1`, [eventId])) as unknown[]).length > 0;

  it('publishes an event committed while the relay was stopped once a relay runs again, and then deletes its row', async () => {
    const first = harness.newRelay();
    first.start();
    await first.stop();
    const envelope = await harness.dataSource.transaction((tx) =>
      harness.outbox.add(tx, ThingHappened, { thingId: randomUUID(), note: 'committed while stopped' }),
    );
    expect(await inOutbox(envelope.id)).toBe(true);

    const restarted = harness.newRelay();
    restarted.start();
    try {
      await expectEventually(() => expect(probe.messages.map((m) => m.headers['event-id'])).toContain(envelope.id));
      await expectEventually(async () => expect(await inOutbox(envelope.id)).toBe(false));
    } finally {
      await restarted.stop();
    }
    const message = probe.messages.find((m) => m.headers['event-id'] === envelope.id)!;
    expect(message.key).toBe(envelope.payload.thingId);
    expect(JSON.parse(message.value)).toMatchObject({ id: envelope.id, type: 'test.thing-happened', version: 1 });
  });

  it("keeps a key's events in commit order: a second writer of the key waits for the first, another key does not", async () => {
    const thingId = randomUUID();
    const sequenceOf = async (eventId: string) =>
      (await harness.dataSource.query(`SELECT sequence::text FROM outbox_messages WHERE event_id = $1`, [eventId]))[0].sequence as string;
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((done) => (releaseFirst = done));
    let firstAdded!: () => void;
    const firstHasAdded = new Promise<void>((done) => (firstAdded = done));
    const first = harness.dataSource.transaction(async (tx) => {
      const envelope = await harness.outbox.add(tx, ThingHappened, { thingId, note: 'first' });
      firstAdded();
      await firstMayCommit;
      return envelope;
    });
    await firstHasAdded;
    let secondDone = false;
    const second = harness.dataSource
      .transaction((tx) => harness.outbox.add(tx, ThingHappened, { thingId, note: 'second' }))
      .finally(() => (secondDone = true));
    // Another key goes through while the first transaction still holds its key.
    const other = await harness.dataSource.transaction((tx) => harness.outbox.add(tx, ThingHappened, { thingId: randomUUID(), note: 'other key' }));
    expect(await sequenceOf(other.id)).toBeDefined();
    expect(secondDone).toBe(false);
    releaseFirst();
    const [firstEnvelope, secondEnvelope] = await Promise.all([first, second]);
    expect(BigInt(await sequenceOf(firstEnvelope.id))).toBeLessThan(BigInt(await sequenceOf(secondEnvelope.id)));
  });

  it('publishes nothing of a transaction that rolled back', async () => {
    const relay = harness.newRelay();
    relay.start();
    const thingId = randomUUID();
    try {
      await expect(
        harness.dataSource.transaction(async (tx) => {
          await harness.outbox.add(tx, ThingHappened, { thingId, note: 'never happened' });
          throw new Error('the state change failed');
        }),
      ).rejects.toThrow('the state change failed');
      const rows = await harness.dataSource.query(`SELECT 1 FROM outbox_messages WHERE message_key = $1`, [thingId]);
      expect(rows).toHaveLength(0);
      // a later event of the same key is published; the rolled-back one never is
      const after = await harness.dataSource.transaction((tx) => harness.outbox.add(tx, ThingHappened, { thingId, note: 'happened' }));
      await expectEventually(() => expect(probe.messages.map((m) => m.headers['event-id'])).toContain(after.id));
      expect(probe.messages.filter((m) => m.key === thingId).map((m) => JSON.parse(m.value).payload.note)).toEqual(['happened']);
    } finally {
      await relay.stop();
    }
  });

  it('refuses to write an event whose payload breaks its schema', async () => {
    await expect(
      harness.dataSource.transaction((tx) => harness.outbox.add(tx, ThingHappened, { thingId: 'not-a-uuid', note: '' })),
    ).rejects.toBeInstanceOf(InvalidEventError);
  });
});

describe('two relays on one database (two instances of a service)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;
  let probe: KafkaProbe;

  beforeAll(async () => {
    harness = await messagingHarness({ relayBatchSize: 7 });
    probe = await KafkaProbe.start([ThingHappened.topic]);
  });
  afterAll(async () => {
    await probe.stop();
    await harness.close();
  });

  it('publishes one key’s events in the order they were written, each once, while both run', async () => {
    const [first, second] = [harness.newRelay(), harness.newRelay()];
    first.start();
    second.start();
    const thingId = randomUUID();
    const written: string[] = [];
    try {
      for (let i = 0; i < 60; i++) {
        const envelope = await harness.dataSource.transaction((tx) =>
          harness.outbox.add(tx, ThingHappened, { thingId, note: `step ${i}` }),
        );
        written.push(envelope.id);
      }
      const ofThisKey = () => probe.messages.filter((m) => m.key === thingId).map((m) => m.headers['event-id']);
      await expectEventually(() => expect(ofThisKey()).toHaveLength(written.length));
      expect(ofThisKey()).toEqual(written);
      expect([first.isLeader, second.isLeader].filter(Boolean)).toHaveLength(1);
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  it('hands over when the leader stops: the other relay publishes what is written afterwards', async () => {
    const [first, second] = [harness.newRelay(), harness.newRelay()];
    first.start();
    await expectEventually(() => expect(first.isLeader).toBe(true));
    second.start();
    await first.stop();
    try {
      const envelope = await harness.dataSource.transaction((tx) =>
        harness.outbox.add(tx, ThingHappened, { thingId: randomUUID(), note: 'after the hand-over' }),
      );
      await expectEventually(() => expect(probe.messages.map((m) => m.headers['event-id'])).toContain(envelope.id));
      expect(second.isLeader).toBe(true);
    } finally {
      await second.stop();
    }
  });
});
