import type { KafkaOptions } from '@nestjs/microservices';
import { logLevel, RetryOptions } from 'kafkajs';
import { MessagingConfig } from '../messaging.config';
import { kafkaClientSecurityOptions } from './kafka-security';

/**
 * How the consumer itself retries (its fetch loop and its restarts). A message that must wait pauses only its
 * own partition (see RetryLater), after which the fetch loop starts again at once: short waits, and no limit on
 * how often, because an exhausted retry budget would stop the consumer for good.
 */
export const CONSUMER_RETRY: RetryOptions = {
  initialRetryTime: 100,
  maxRetryTime: 1_000,
  retries: Number.MAX_SAFE_INTEGER,
  restartOnFailure: async () => true,
};

/** The longest an idle fetch waits at the broker: one small request a second per idle consumer. */
export const CONSUMER_MAX_WAIT_MS = 1_000;

/**
 * Options for NestJS's Kafka server (see SupervisedKafkaServer): one consumer group per service, reading
 * from the beginning when the group is new, so nothing published before the first start is missed.
 */
export function kafkaConsumerOptions(config: MessagingConfig): Required<KafkaOptions>['options'] {
  return {
    postfixId: '',
    client: {
      clientId: `loket-${config.service}-consumer`,
      brokers: config.brokers,
      ...kafkaClientSecurityOptions(config.security),
      logLevel: logLevel.WARN,
      retry: { initialRetryTime: 300, retries: 10, maxRetryTime: 30_000 },
    },
    consumer: {
      groupId: config.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      // How long the broker holds an empty fetch. A message that arrives meanwhile is answered at once (minBytes
      // is 1), so this costs no latency; but a disconnect waits for the fetch in flight (kafkajs#1606), and with
      // kafkajs's 5 s default every stop, restart and rebalance of a service took five seconds longer.
      maxWaitTimeInMs: CONSUMER_MAX_WAIT_MS,
      retry: CONSUMER_RETRY,
    },
    subscribe: { fromBeginning: true },
    run: { autoCommit: true, partitionsConsumedConcurrently: 3 },
  };
}
