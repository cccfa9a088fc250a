export { buildEnvelope, InvalidEventError } from './envelope/build-envelope';
export type { ReadResult } from './envelope/read-envelope';
export { readEnvelope } from './envelope/read-envelope';
export type { DeadLetter } from './inbox/dead-letter-publisher';
export { DeadLetterPublisher } from './inbox/dead-letter-publisher';
export type { EventHandler } from './inbox/event-consumer';
export { EventConsumer } from './inbox/event-consumer';
export { InboxEntry } from './inbox/inbox-entry.entity';
export { isInfrastructureFailure } from './inbox/infrastructure-failure';
export { RetryLater } from './inbox/retry-later';
export { UnprocessableEventError } from './inbox/unprocessable-event.error';
export { connectEventConsumers } from './kafka/connect-event-consumers';
export { createAdmin, createKafka } from './kafka/kafka-connection';
export { CONSUMER_RETRY, kafkaConsumerOptions } from './kafka/kafka-consumer-options';
export { SupervisedKafkaServer } from './kafka/supervised-kafka-server';
export { TopicProvisioner } from './kafka/topic-provisioner';
export { MessagingTables1700000000000 } from './migrations/1700000000000-messaging-tables';
export { MessagingConfig, messagingConfigFromEnv } from './messaging.config';
export { MessagingModule } from './messaging.module';
export { Outbox } from './outbox/outbox';
export { OutboxMessage } from './outbox/outbox-message.entity';
export { OutboxRelay } from './outbox/outbox-relay';

import { InboxEntry } from './inbox/inbox-entry.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';
/** The tables every service's database has for messaging; include them in the service's entities. */
export const MESSAGING_ENTITIES = [OutboxMessage, InboxEntry];
