import { INestApplication } from '@nestjs/common';
import { ReadinessRegistry } from '@loket/http';
import { Metrics } from '@loket/observability';
import { MessagingConfig } from '../messaging.config';
import { kafkaConsumerOptions } from './kafka-consumer-options';
import { SupervisedKafkaServer } from './supervised-kafka-server';
import { TopicProvisioner } from './topic-provisioner';

/**
 * Makes sure the topics exist, then attaches the service's Kafka consumer (its `@EventPattern` handlers) under
 * supervision, and makes the service ready only while that consumer consumes.
 */
export async function connectEventConsumers(app: INestApplication): Promise<SupervisedKafkaServer> {
  const config = app.get(MessagingConfig);
  await app.get(TopicProvisioner).ensureTopics();
  const server = new SupervisedKafkaServer(kafkaConsumerOptions(config), app.get(Metrics), {
    ignoreEventsBefore: config.ignoreEventsBefore,
    maxMessagesPerTransaction: config.consumerBatchSize,
  });
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  app.get(ReadinessRegistry).register({ name: 'kafka-consumer', check: async () => server.assertConsuming() });
  return server;
}
