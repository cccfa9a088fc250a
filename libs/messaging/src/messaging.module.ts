import { DynamicModule, Global, Module, OnModuleInit } from '@nestjs/common';
import { ReadinessRegistry } from '@loket/http';
import { DeadLetterStore } from './dead-letters/dead-letter-store';
import { LocalRedelivery } from './dead-letters/replay-dead-letter/local-redelivery';
import { PruneMessagingTables } from './housekeeping/prune-messaging-tables';
import { DeadLetterPublisher } from './inbox/dead-letter-publisher';
import { EventConsumer } from './inbox/event-consumer';
import { TopicProvisioner } from './kafka/topic-provisioner';
import { MessagingConfig } from './messaging.config';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';

/**
 * Outbox, relay, consumer with inbox and parked dead letters, pruning of old outbox rows and inbox ids, topic
 * provisioning and the broker's readiness check. Consuming services add DeadLettersModule for the admin API.
 */
@Global()
@Module({})
export class MessagingModule implements OnModuleInit {
  constructor(
    private readonly readiness: ReadinessRegistry,
    private readonly topics: TopicProvisioner,
  ) {}

  static forService(config: MessagingConfig): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MessagingConfig, useValue: config },
        Outbox,
        OutboxRelay,
        EventConsumer,
        DeadLetterPublisher,
        DeadLetterStore,
        TopicProvisioner,
        PruneMessagingTables,
        LocalRedelivery,
      ],
      exports: [Outbox, OutboxRelay, EventConsumer, TopicProvisioner, MessagingConfig, PruneMessagingTables, LocalRedelivery],
    };
  }

  onModuleInit(): void {
    this.readiness.register({ name: 'kafka', check: () => this.topics.ping() });
  }
}
