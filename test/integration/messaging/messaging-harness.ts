import { randomUUID } from 'node:crypto';
import { KafkaContext } from '@nestjs/microservices';
import { Consumer, Kafka } from 'kafkajs';
import { Metrics } from '@loket/observability';
import { scratchDatabase, scratchKeyVault, testMessagingEnv } from '@loket/testing';
import {
  DeadLetterPublisher,
  DeadLetterStore,
  DiscardDeadLetter,
  EventConsumer,
  EventHandler,
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  MessagingConfig,
  messagingConfigFromEnv,
  CONSUMER_MAX_WAIT_MS,
  CONSUMER_RETRY,
  Outbox,
  OutboxRelay,
  ParkedDeadLettersGauge,
  PruneMessagingTables,
  ReplayDeadLetter,
  ResolutionRowOnlyAudit,
  TopicProvisioner,
  consumeBatch,
  createKafka,
} from '@loket/messaging';
import { EventDefinition } from '@loket/contracts';
import { PersonalThingHappened, ThingHappened } from './test-event';

/** The messaging library's parts, wired by hand over a scratch database and the real broker. */
export async function messagingHarness(overrides: Partial<MessagingConfig> = {}) {
  const database = await scratchDatabase('loket_messaging_test', {
    entities: MESSAGING_ENTITIES,
    migrations: MESSAGING_MIGRATIONS,
  });
  await database.dataSource.query(`CREATE TABLE test_effects (event_id uuid NOT NULL, note text NOT NULL)`);
  const config: MessagingConfig = {
    // The broker's super user: the harness creates test topics of its own, which no service principal may.
    ...messagingConfigFromEnv('messaging-test', testMessagingEnv()),
    groupId: `messaging-test-${randomUUID()}`,
    maxHandlerAttempts: 3,
    relayBatchSize: 50,
    // long, so that a test sees the relay woken by NOTIFY on commit, not by its fallback poll
    relayPollMs: 5_000,
    ...overrides,
  };
  const keys = await scratchKeyVault('loket_messaging_test_keys');
  const metrics = new Metrics('messaging-test');
  const topics = new TopicProvisioner(config);
  await topics.ensureTopics([ThingHappened.topic, PersonalThingHappened.topic]);
  const deadLetters = new DeadLetterPublisher(config);
  const parkedGauge = new ParkedDeadLettersGauge(database.dataSource, metrics);
  parkedGauge.register();
  const audit = new ResolutionRowOnlyAudit();
  const consumers: Consumer[] = [];
  return {
    config,
    dataSource: database.dataSource,
    outbox: new Outbox(config, keys.sealing),
    subjectKeys: keys.vault,
    sealing: keys.sealing,
    newRelay: () => new OutboxRelay(database.dataSource, config, metrics, topics),
    eventConsumer: new EventConsumer(database.dataSource, deadLetters, new DeadLetterStore(database.dataSource, config), config, metrics, keys.sealing),
    replay: new ReplayDeadLetter(database.dataSource, audit),
    discard: new DiscardDeadLetter(database.dataSource, audit),
    prune: new PruneMessagingTables(database.dataSource, config),
    kafka: createKafka(config, 'test') as Kafka,
    metricsText: () => metrics.registry.metrics(),
    /**
     * Runs a group consumer that hands every message to EventConsumer.consume, as the services' Kafka server does:
     * fetched batches through consumeBatch, up to `config.consumerBatchSize` messages in one transaction.
     */
    async consume<P extends object>(definition: EventDefinition<P>, handler: EventHandler<P>): Promise<void> {
      const consumer = createKafka(config, 'consumer').consumer({ groupId: config.groupId, retry: CONSUMER_RETRY, maxWaitTimeInMs: CONSUMER_MAX_WAIT_MS });
      consumers.push(consumer);
      await consumer.connect();
      await consumer.subscribe({ topic: definition.topic, fromBeginning: false });
      const ready = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
      await consumer.run({
        partitionsConsumedConcurrently: 3,
        eachBatchAutoResolve: false,
        eachBatch: (payload) =>
          consumeBatch(
            payload,
            async ({ topic, partition, message, heartbeat }) => {
              const raw = message.value ? tryJson(message.value.toString()) : null;
              const context = new KafkaContext([message, partition, topic, consumer, heartbeat, undefined as never]);
              await this.eventConsumer.consume(definition, raw, context, handler);
            },
            config.consumerBatchSize,
          ),
      });
      await ready;
    },
    async close(): Promise<void> {
      for (const consumer of consumers) await consumer.disconnect();
      await deadLetters.onApplicationShutdown();
      await topics.onModuleDestroy();
      await database.drop();
      await keys.drop();
    },
  };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
