import { INestApplication } from '@nestjs/common';
import { ReadinessRegistry } from '@loket/http';
import { Metrics } from '@loket/observability';
import { LocalRedelivery } from '../dead-letters/replay-dead-letter/local-redelivery';
import { MessagingConfig } from '../messaging.config';
import { kafkaConsumerOptions } from './kafka-consumer-options';
import { SupervisedKafkaServer } from './supervised-kafka-server';
import { TopicProvisioner } from './topic-provisioner';

/**
 * Attaches the service's Kafka consumer (its `@EventPattern` handlers) under supervision, making sure its topics
 * exist before each start of the consumer, and makes the service ready only while that consumer consumes.
 */
export async function connectEventConsumers(app: INestApplication): Promise<SupervisedKafkaServer> {
  const config = app.get(MessagingConfig);
  const topics = app.get(TopicProvisioner);
  const server = new SupervisedKafkaServer(kafkaConsumerOptions(config), app.get(Metrics), {
    ignoreEventsBefore: config.ignoreEventsBefore,
    maxMessagesPerTransaction: config.consumerBatchSize,
    beforeConsuming: () => topics.ensureTopics(),
  });
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  app.get(LocalRedelivery).attach((parked) => server.redeliver(parked));
  app.get(ReadinessRegistry).register({ name: 'kafka-consumer', check: async () => server.assertConsuming() });
  return server;
}
