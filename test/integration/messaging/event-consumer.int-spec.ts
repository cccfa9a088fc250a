import { randomUUID } from 'node:crypto';
import { deadLetterTopicOf } from '@loket/contracts';
import { expectEventually, KafkaProbe } from '@loket/testing';
import { buildEnvelope, UnprocessableEventError } from '@loket/messaging';
import { messagingHarness } from './messaging-harness';
import { ThingHappened, ThingHappenedV1 } from './test-event';

describe('consuming with inbox and dead letters (real PostgreSQL and Kafka)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;
  let deadLetters: KafkaProbe;

  beforeAll(async () => {
    harness = await messagingHarness();
    deadLetters = await KafkaProbe.start([deadLetterTopicOf(ThingHappened.topic)]);
    await harness.consume(ThingHappened, async (thing: ThingHappenedV1, tx, envelope) => {
      if (thing.note === 'always fails') throw new Error('the handler cannot do this');
      if (thing.note === 'can never work') throw new UnprocessableEventError('this event can never be processed');
      await tx.query(`INSERT INTO test_effects (event_id, note) VALUES ($1, $2)`, [envelope.id, thing.note]);
    });
  });
  afterAll(async () => {
    await deadLetters.stop();
    await harness.close();
  });

  const producer = () => harness.kafka.producer();
  const effectsOf = async (note: string) =>
    (await harness.dataSource.query(`SELECT event_id FROM test_effects WHERE note = $1`, [note])) as unknown[];

  it('has one effect when the same event is delivered twice', async () => {
    const thingId = randomUUID();
    const note = `twice-${thingId}`;
    const envelope = buildEnvelope(ThingHappened, { thingId, note }, 'test');
    const p = producer();
    await p.connect();
    const message = { key: thingId, value: JSON.stringify(envelope) };
    await p.send({ topic: ThingHappened.topic, messages: [message] });
    await p.send({ topic: ThingHappened.topic, messages: [message] });
    const marker = `after-${thingId}`;
    await p.send({ topic: ThingHappened.topic, messages: [{ key: thingId, value: JSON.stringify(buildEnvelope(ThingHappened, { thingId, note: marker }, 'test')) }] });
    await p.disconnect();

    await expectEventually(async () => expect(await effectsOf(marker)).toHaveLength(1));
    expect(await effectsOf(note)).toHaveLength(1);
  });

  it('sends a malformed message to the dead-letter topic with the reason and processes the next one', async () => {
    const thingId = randomUUID();
    const next = `next-${thingId}`;
    const p = producer();
    await p.connect();
    await p.send({
      topic: ThingHappened.topic,
      messages: [
        { key: thingId, value: `{"this is": "not an envelope", "poison": "${thingId}"}` },
        { key: thingId, value: JSON.stringify(buildEnvelope(ThingHappened, { thingId, note: next }, 'test')) },
      ],
    });
    await p.disconnect();

    await expectEventually(async () => expect(await effectsOf(next)).toHaveLength(1));
    const letter = await expectEventually(() => {
      const found = deadLetters.messages.find((m) => m.value.includes(thingId));
      expect(found).toBeDefined();
      return found!;
    });
    expect(letter.headers['dlq-reason']).toMatch(/invalid envelope/);
    expect(letter.headers['dlq-original-topic']).toBe(ThingHappened.topic);
    expect(letter.key).toBe(thingId);
  });

  it('dead-letters an event whose handler keeps failing after bounded attempts, and moves on', async () => {
    const thingId = randomUUID();
    const after = `after-failure-${thingId}`;
    const failing = buildEnvelope(ThingHappened, { thingId, note: 'always fails' }, 'test');
    const p = producer();
    await p.connect();
    await p.send({
      topic: ThingHappened.topic,
      messages: [
        { key: thingId, value: JSON.stringify(failing) },
        { key: thingId, value: JSON.stringify(buildEnvelope(ThingHappened, { thingId, note: after }, 'test')) },
      ],
    });
    await p.disconnect();

    await expectEventually(async () => expect(await effectsOf(after)).toHaveLength(1));
    const letter = deadLetters.messages.find((m) => m.value.includes(failing.id));
    expect(letter?.headers['dlq-reason']).toBe('the handler cannot do this');
    expect(letter?.headers['dlq-attempts']).toBe(String(harness.config.maxHandlerAttempts));
    const inbox = await harness.dataSource.query(`SELECT 1 FROM inbox_messages WHERE event_id = $1`, [failing.id]);
    expect(inbox).toHaveLength(0);
  });

  it('dead-letters an event its handler declares unprocessable at the first attempt', async () => {
    const thingId = randomUUID();
    const hopeless = buildEnvelope(ThingHappened, { thingId, note: 'can never work' }, 'test');
    const p = producer();
    await p.connect();
    await p.send({ topic: ThingHappened.topic, messages: [{ key: thingId, value: JSON.stringify(hopeless) }] });
    await p.disconnect();
    const letter = await expectEventually(() => {
      const found = deadLetters.messages.find((m) => m.value.includes(hopeless.id));
      expect(found).toBeDefined();
      return found!;
    });
    expect(letter.headers['dlq-attempts']).toBe('1');
    expect(letter.headers['dlq-reason']).toBe('this event can never be processed');
  });
});
