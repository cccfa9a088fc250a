import { INestApplication } from '@nestjs/common';
import { MessagingConfig } from '../messaging.config';
import { kafkaConsumerTransport } from './kafka-consumer-transport';
import { TopicProvisioner } from './topic-provisioner';

/** Makes sure the topics exist, then attaches the service's Kafka consumer (its `@EventPattern` handlers). */
export async function connectEventConsumers(app: INestApplication): Promise<void> {
  await app.get(TopicProvisioner).ensureTopics();
  app.connectMicroservice(kafkaConsumerTransport(app.get(MessagingConfig)), { inheritAppConfig: true });
}
