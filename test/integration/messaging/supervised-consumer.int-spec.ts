import { randomUUID } from 'node:crypto';
import { Metrics } from '@loket/observability';
import { expectEventually } from '@loket/testing';
import { buildEnvelope, kafkaConsumerOptions, SupervisedKafkaServer } from '@loket/messaging';
import { messagingHarness } from './messaging-harness';
import { ThingHappened } from './test-event';

/**
 * kafkajs stops a consumer for good after a non-retriable error (a TypeError from a handler, for one); the
 * supervised server starts it again and is not ready meanwhile. Real Kafka.
 */
describe('a supervised Kafka consumer (real Kafka)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;
  let server: SupervisedKafkaServer;
  const metrics = new Metrics('supervised-consumer-test');
  const handled: string[] = [];
  let crashesLeft = 1;
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    harness = await messagingHarness();
    server = new SupervisedKafkaServer(kafkaConsumerOptions(harness.config), metrics, { restartBackoffMs: 200 });
    server.addHandler(
      ThingHappened.topic,
      // (a fresh group reads the topic from its beginning: earlier tests' messages, some not even envelopes)
      async (data: { payload?: { note?: string } } | null) => {
        const note = data?.payload?.note;
        if (!note?.endsWith(run)) return;
        if (note.startsWith('crash') && crashesLeft-- > 0) {
          // what the HTTP problem filter used to do to a Kafka context: a TypeError, which kafkajs never retries
          throw new TypeError("Cannot read properties of undefined (reading 'status')");
        }
        handled.push(note);
      },
      true,
    );
    await new Promise<void>((resolve, reject) => server.listen((error?: unknown) => (error ? reject(error) : resolve())));
    await expectEventually(() => server.assertConsuming(), { timeoutMs: 60_000 });
  });
  afterAll(async () => {
    await server?.close();
    await harness?.close();
  });

  it('starts its consumer again after a crash that kafkajs would not restart, and is not ready until then', async () => {
    const producer = harness.kafka.producer();
    await producer.connect();
    const thingId = randomUUID();
    await producer.send({
      topic: ThingHappened.topic,
      messages: [{ key: thingId, value: JSON.stringify(buildEnvelope(ThingHappened, { thingId, note: `crash-${run}` }, 'test')) }],
    });
    await expectEventually(() => expect(() => server.assertConsuming()).toThrow(/Kafka consumer (restarting|stopped)/), { timeoutMs: 30_000, intervalMs: 20 });
    await expectEventually(() => server.assertConsuming(), { timeoutMs: 90_000 });
    await producer.send({
      topic: ThingHappened.topic,
      messages: [{ key: thingId, value: JSON.stringify(buildEnvelope(ThingHappened, { thingId, note: `after-${run}` }, 'test')) }],
    });
    await producer.disconnect();
    // the message that crashed it was not committed: it comes again, then the next one
    await expectEventually(() => expect(handled).toEqual(expect.arrayContaining([`crash-${run}`, `after-${run}`])), { timeoutMs: 60_000 });
    expect(await metrics.registry.getSingleMetricAsString('loket_kafka_consumer_restarts_total')).toMatch(/reason="KafkaJSNonRetriableError"[^\n]* 1/);
  });

  it('starts unready when it cannot consume yet, instead of failing the start, and consumes once it can', async () => {
    let refusalsLeft = 2;
    const late = new SupervisedKafkaServer(kafkaConsumerOptions({ ...harness.config, groupId: `late-${run}` }), metrics, {
      restartBackoffMs: 200,
      // what a broker that is away at start looks like to the service: its topics cannot be made sure of
      beforeConsuming: async () => {
        if (refusalsLeft-- > 0) throw new Error('Connection error: connect ECONNREFUSED 127.0.0.1:9');
      },
    });
    late.addHandler(ThingHappened.topic, async () => undefined, true);
    try {
      await new Promise<void>((resolve, reject) => late.listen((error?: unknown) => (error ? reject(error) : resolve())));
      expect(() => late.assertConsuming()).toThrow(/Kafka consumer restarting: .*ECONNREFUSED/);
      await expectEventually(() => late.assertConsuming(), { timeoutMs: 60_000 });
      expect(refusalsLeft).toBeLessThan(0);
    } finally {
      await late.close();
    }
  });
});
