import { KafkaOptions, Transport } from '@nestjs/microservices';
import { logLevel } from 'kafkajs';
import { MessagingConfig } from '../messaging.config';

/**
 * Options for NestJS's Kafka transport (`app.connectMicroservice`): one consumer group per service, reading
 * from the beginning when the group is new, so nothing published before the first start is missed.
 */
export function kafkaConsumerTransport(config: MessagingConfig): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      postfixId: '',
      client: {
        clientId: `loket-${config.service}-consumer`,
        brokers: config.brokers,
        logLevel: logLevel.WARN,
        retry: { initialRetryTime: 300, retries: 10, maxRetryTime: 30_000 },
      },
      consumer: {
        groupId: config.groupId,
        allowAutoTopicCreation: false,
        sessionTimeout: 30_000,
        heartbeatInterval: 3_000,
        retry: { initialRetryTime: 300, retries: 10, maxRetryTime: 30_000 },
      },
      subscribe: { fromBeginning: true },
      run: { autoCommit: true, partitionsConsumedConcurrently: 3 },
    },
  };
}
