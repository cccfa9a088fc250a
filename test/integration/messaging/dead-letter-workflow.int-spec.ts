import { randomUUID } from 'node:crypto';
import type { Principal } from '@loket/auth';
import { deadLetterTopicOf } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { KafkaContext } from '@nestjs/microservices';
import {
  buildEnvelope,
  EventHandler,
  kafkaConsumerOptions,
  LocalRedelivery,
  OutboxRelay,
  ReplayDeadLetter,
  ResolutionRowOnlyAudit,
  SupervisedKafkaServer,
} from '@loket/messaging';
import { Metrics } from '@loket/observability';
import { expectEventually, KafkaProbe } from '@loket/testing';
import { messagingHarness } from './messaging-harness';
import { ThingHappened, ThingHappenedV1 } from './test-event';

const admin: Principal = { subject: randomUUID(), username: 'beheer.test', roles: ['admin'], organisation: null, teams: [] };

describe('dead letters: parked, counted, replayed once after a fix, discarded with a reason (real PostgreSQL and Kafka)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;
  let dlqTopic: KafkaProbe;
  let thingTopic: KafkaProbe;
  let relay: OutboxRelay;
  /** The "bug": while a note is in here, the handler throws for it. */
  const broken = new Set<string>();
  const handleThing: EventHandler<ThingHappenedV1> = async (thing, tx, envelope) => {
    if (broken.has(thing.note)) throw new Error(`no handler for ${thing.note} yet`);
    await tx.query(`INSERT INTO test_effects (event_id, note) VALUES ($1, $2)`, [envelope.id, thing.note]);
  };

  beforeAll(async () => {
    harness = await messagingHarness();
    dlqTopic = await KafkaProbe.start([deadLetterTopicOf(ThingHappened.topic)]);
    thingTopic = await KafkaProbe.start([ThingHappened.topic]);
    await harness.consume(ThingHappened, handleThing);
    relay = harness.newRelay();
    relay.start();
  });
  afterAll(async () => {
    await relay.stop();
    await dlqTopic.stop();
    await thingTopic.stop();
    await harness.close();
  });

  const effectsOf = async (note: string) =>
    (await harness.dataSource.query(`SELECT event_id FROM test_effects WHERE note = $1`, [note])) as unknown[];
  const rowOf = async (eventId: string) =>
    (await harness.dataSource.query(`SELECT * FROM dead_letters WHERE value LIKE '%' || $1 || '%'`, [eventId]))[0] as
      | Record<string, unknown>
      | undefined;
  /** What the relay published of an event (the test's own sends carry no headers), and whether its outbox row is gone. */
  const relayed = (eventId: string) => thingTopic.messages.filter((m) => m.headers['event-id'] === eventId).map((m) => ({ key: m.key }));
  const outboxRowsOf = async (eventId: string) =>
    (await harness.dataSource.query(`SELECT 1 FROM outbox_messages WHERE event_id = $1`, [eventId])) as unknown[];
  async function sendDirectly(...messages: { key: string; value: string }[]): Promise<void> {
    const producer = harness.kafka.producer();
    await producer.connect();
    await producer.send({ topic: ThingHappened.topic, messages });
    await producer.disconnect();
  }
  /** Sends an event whose handler fails, and waits until it is parked while the event after it went through. */
  async function deadLettered(note: string) {
    const thingId = randomUUID();
    const failing = buildEnvelope(ThingHappened, { thingId, note }, 'test');
    const next = `after-${note}`;
    broken.add(note);
    await sendDirectly(
      { key: thingId, value: JSON.stringify(failing) },
      { key: thingId, value: JSON.stringify(buildEnvelope(ThingHappened, { thingId, note: next }, 'test')) },
    );
    await expectEventually(async () => expect(await effectsOf(next)).toHaveLength(1)); // the partition moved on
    const row = await expectEventually(async () => {
      const found = await rowOf(failing.id);
      expect(found).toBeDefined();
      return found!;
    });
    return { failing, row, thingId };
  }

  it('retries a failing event, then parks it with its reason in the database, on the topic and in /metrics', async () => {
    const note = `broken-${randomUUID()}`;
    const { failing, row, thingId } = await deadLettered(note);

    expect(row).toMatchObject({
      topic: ThingHappened.topic,
      message_key: thingId,
      reason: `no handler for ${note} yet`,
      attempts: harness.config.maxHandlerAttempts,
      consumer_group: harness.config.groupId,
      status: 'parked',
      resolved_by: null,
    });
    expect(JSON.parse(String(row['value']))).toMatchObject({ id: failing.id });
    const letter = await expectEventually(() => {
      const found = dlqTopic.messages.find((m) => m.value.includes(failing.id));
      expect(found).toBeDefined();
      return found!;
    });
    expect(letter.headers['dlq-reason']).toBe(`no handler for ${note} yet`);
    const metrics = await harness.metricsText();
    expect(metrics).toMatch(/loket_events_consumed_total\{topic="loket\.test\.thing-happened\.v1",outcome="retried",service="messaging-test"\} [1-9]/);
    expect(metrics).toContain(
      `loket_dead_letters_parked{topic="${ThingHappened.topic}",reason="no handler for ${note} yet",service="messaging-test"} 1`,
    );
    expect(await effectsOf(note)).toHaveLength(0);
  });

  it('after the fix, a replay publishes the event again through the outbox and it is applied exactly once', async () => {
    const note = `fixed-later-${randomUUID()}`;
    const { failing, row } = await deadLettered(note);
    broken.delete(note); // the fix is deployed

    await harness.replay.execute(String(row['id']), admin, 'handler fixed');
    await expectEventually(async () => expect(await effectsOf(note)).toHaveLength(1));
    // through the outbox: the relay published it once with its key and deleted the row
    await expectEventually(async () => {
      expect(relayed(failing.id)).toEqual([{ key: failing.payload.thingId }]);
      expect(await outboxRowsOf(failing.id)).toHaveLength(0);
    });
    expect(await rowOf(failing.id)).toMatchObject({ status: 'replayed', resolved_by: 'beheer.test', resolution_reason: 'handler fixed' });
    await expect(harness.replay.execute(String(row['id']), admin)).rejects.toMatchObject({ status: 409 });

    // nothing else arrives later: a marker after it is processed and the effect is still one
    const marker = `marker-${randomUUID()}`;
    await sendDirectly({ key: failing.payload.thingId, value: JSON.stringify(buildEnvelope(ThingHappened, { thingId: failing.payload.thingId, note: marker }, 'test')) });
    await expectEventually(async () => expect(await effectsOf(marker)).toHaveLength(1));
    expect(await effectsOf(note)).toHaveLength(1);
    expect(await harness.metricsText()).not.toContain(`reason="no handler for ${note} yet"`);
  });

  it('a replay of an event that was processed meanwhile changes nothing: the inbox ignores it', async () => {
    const note = `redelivered-${randomUUID()}`;
    const { failing, row } = await deadLettered(note);
    broken.delete(note);
    await sendDirectly({ key: failing.payload.thingId, value: JSON.stringify(failing) }); // redelivered, now processed
    await expectEventually(async () => expect(await effectsOf(note)).toHaveLength(1));

    await harness.replay.execute(String(row['id']), admin);
    await expectEventually(async () => {
      expect(relayed(failing.id)).toEqual([{ key: failing.payload.thingId }]);
      expect(await outboxRowsOf(failing.id)).toHaveLength(0);
    });
    const marker = `marker-${randomUUID()}`;
    await sendDirectly({ key: failing.payload.thingId, value: JSON.stringify(buildEnvelope(ThingHappened, { thingId: failing.payload.thingId, note: marker }, 'test')) });
    await expectEventually(async () => expect(await effectsOf(marker)).toHaveLength(1));
    expect(await effectsOf(note)).toHaveLength(1);
  });

  it('discards only with a reason, and records who, when and why', async () => {
    const note = `given-up-${randomUUID()}`;
    const { failing, row } = await deadLettered(note);
    const id = String(row['id']);

    const refused = await harness.discard.execute(id, admin, '   ').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProblemException);
    expect(refused).toMatchObject({ status: 400 });
    expect(await rowOf(failing.id)).toMatchObject({ status: 'parked' });

    await harness.discard.execute(id, admin, 'test event from acceptance, never meant for production');
    const discarded = await rowOf(failing.id);
    expect(discarded).toMatchObject({
      status: 'discarded',
      resolved_by: 'beheer.test',
      resolution_reason: 'test event from acceptance, never meant for production',
    });
    expect(discarded?.['resolved_at']).toBeInstanceOf(Date);
    await expect(harness.replay.execute(id, admin)).rejects.toMatchObject({ status: 409 });
    await expect(harness.discard.execute('999999999', admin, 'gone')).rejects.toMatchObject({ status: 404 });
  });

  describe('on a topic the service may only read (signed in with SASL, so the broker would refuse it the topic)', () => {
    const asFeedback = () => ({
      ...harness.config,
      service: 'feedback',
      security: { protocol: 'sasl_plaintext' as const, sasl: { mechanism: 'scram-sha-512' as const, username: 'loket-feedback', password: 'loket-feedback-development-only' } },
    });
    /** The service's own Kafka server, as connectEventConsumers attaches it: the event goes to EventConsumer through NestJS's dispatch. */
    const feedbackReplay = () => {
      const server = new SupervisedKafkaServer(kafkaConsumerOptions(harness.config), new Metrics('replay-test'));
      server.addHandler(
        ThingHappened.topic,
        (data: unknown, context: KafkaContext) => harness.eventConsumer.consume(ThingHappened, data, context, handleThing),
        true,
      );
      const redelivery = new LocalRedelivery();
      redelivery.attach((parked) => server.redeliver(parked));
      return new ReplayDeadLetter(harness.dataSource, new ResolutionRowOnlyAudit(), asFeedback(), redelivery);
    };

    it('hands the event to its own consumer again, without the broker: applied once, nothing for the relay', async () => {
      const note = `not-ours-${randomUUID()}`;
      const { row, failing } = await deadLettered(note);
      broken.delete(note);
      await feedbackReplay().execute(String(row['id']), admin, 'handler fixed');
      expect(await effectsOf(note)).toHaveLength(1); // done when the answer comes
      expect(await rowOf(failing.id)).toMatchObject({ status: 'replayed', resolution_reason: 'handler fixed' });
      expect(await outboxRowsOf(failing.id)).toHaveLength(0); // nothing the relay could never send
      await expect(feedbackReplay().execute(String(row['id']), admin)).rejects.toMatchObject({ status: 409 });
    });

    it('keeps the letter parked, and says why, when the handler fails again', async () => {
      const note = `still-broken-${randomUUID()}`;
      const { row, failing } = await deadLettered(note);
      const refused = await feedbackReplay()
        .execute(String(row['id']), admin, 'thought it was fixed')
        .catch((error: unknown) => error);
      expect(refused).toMatchObject({ status: 409 });
      expect(String((refused as Error).message)).toContain(`no handler for ${note} yet`);
      expect(await rowOf(failing.id)).toMatchObject({ status: 'parked' });
      expect(await effectsOf(note)).toHaveLength(0);
    });
  });

  it('refuses to replay a message that is not an event envelope', async () => {
    const marker = randomUUID();
    await sendDirectly({ key: marker, value: `{"not": "an envelope", "marker": "${marker}"}` });
    const row = await expectEventually(async () => {
      const found = await rowOf(marker);
      expect(found).toBeDefined();
      return found!;
    });
    expect(row['reason']).toMatch(/invalid envelope/);
    await expect(harness.replay.execute(String(row['id']), admin)).rejects.toMatchObject({ status: 409 });
  });
});
