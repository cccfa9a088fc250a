import { randomUUID } from 'node:crypto';
import { deadLetterTopicOf, EventEnvelope } from '@loket/contracts';
import { buildEnvelope } from '@loket/messaging';
import { expectEventually, KafkaProbe, textMarker } from '@loket/testing';
import { messagingHarness } from './messaging-harness';
import { PersonalThingHappened, ThingHappenedV1 } from './test-event';

/**
 * Crypto-shredding on the real broker: what an event says about a reporter travels sealed under their report's
 * key, the consumer opens it, and once the key is destroyed every copy still on the topic reads as forgotten.
 */
describe('personal fields on the bus (real PostgreSQL and Kafka)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;
  let onTheTopic: KafkaProbe;
  let deadLetters: KafkaProbe;

  beforeAll(async () => {
    harness = await messagingHarness();
    onTheTopic = await KafkaProbe.start([PersonalThingHappened.topic]);
    deadLetters = await KafkaProbe.start([deadLetterTopicOf(PersonalThingHappened.topic)]);
    await harness.consume(PersonalThingHappened, async (thing: ThingHappenedV1, tx, envelope) => {
      await tx.query(`INSERT INTO test_effects (event_id, note) VALUES ($1, $2)`, [envelope.id, `${thing.thingId} ${thing.note}`]);
    });
  });
  afterAll(async () => {
    await onTheTopic.stop();
    await deadLetters.stop();
    await harness.close();
  });

  const sealed = (thingId: string, note: string) => harness.sealing.seal(PersonalThingHappened, buildEnvelope(PersonalThingHappened, { thingId, note }, 'test'));
  const send = async (...envelopes: EventEnvelope[]) => {
    const producer = harness.kafka.producer();
    await producer.connect();
    await producer.send({
      topic: PersonalThingHappened.topic,
      messages: envelopes.map((e) => ({ key: (e.payload as ThingHappenedV1).thingId, value: JSON.stringify(e) })),
    });
    await producer.disconnect();
  };
  const effectsOf = async (thingId: string): Promise<string[]> =>
    ((await harness.dataSource.query(`SELECT note FROM test_effects WHERE note LIKE $1 ORDER BY note`, [`${thingId} %`])) as { note: string }[]).map(
      (row) => row.note.slice(thingId.length + 1),
    );

  it('carries the personal field sealed, and the consumer reads it in plain', async () => {
    const thingId = randomUUID();
    const secret = `Pietersen ${textMarker()}`;
    await send(await sealed(thingId, secret));

    await expectEventually(async () => expect(await effectsOf(thingId)).toEqual([secret]));
    const raw = onTheTopic.messages.filter((m) => m.key === thingId);
    expect(raw).toHaveLength(1);
    expect(raw[0]!.value).not.toContain(secret);
    expect(raw[0]!.value).toContain(thingId); // the subject travels in plain, so a reader finds the key
  });

  it('reads every copy left on the topic as forgotten once the subject key is destroyed', async () => {
    const thingId = randomUUID();
    const written = `${textMarker()} woont op nummer 12`;
    const before = await sealed(thingId, written);
    const copyWrittenBefore = await sealed(thingId, `${written} (tweede)`);
    await send(before);
    await expectEventually(async () => expect(await effectsOf(thingId)).toEqual([written]));

    expect(await harness.subjectKeys.forget([thingId])).toBe(1);
    expect(await harness.subjectKeys.forget([thingId])).toBe(0); // once
    await send(copyWrittenBefore);
    await expectEventually(async () => expect(await effectsOf(thingId)).toEqual(['[forgotten]', written]));

    // what a writer seals for a forgotten subject no one can read either
    const late = await sealed(thingId, `${written} (na het vergeten)`);
    expect(JSON.stringify(late)).not.toContain(written);
    await send(late);
    await expectEventually(async () => expect(await effectsOf(thingId)).toEqual(['[forgotten]', '[forgotten]', written]));
  });

  it('dead-letters a sealed field that was altered on the way, and moves on', async () => {
    const thingId = randomUUID();
    const envelope = await sealed(thingId, textMarker());
    const box = (envelope.payload as unknown as { note: { ciphertext: string } }).note;
    const bytes = Buffer.from(box.ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 0xff;
    const altered = { ...envelope, payload: { ...envelope.payload, note: { ...box, ciphertext: bytes.toString('base64') } } };
    const next = textMarker();
    await send(altered, await sealed(thingId, next));

    await expectEventually(async () => expect(await effectsOf(thingId)).toEqual([next]));
    const letter = await expectEventually(() => {
      const found = deadLetters.messages.find((m) => m.key === thingId);
      expect(found).toBeDefined();
      return found!;
    });
    expect(letter.headers['dlq-reason']).toMatch(/does not open/);
  });
});
