import { DynamicModule, Global, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ReadinessRegistry } from '@loket/http';
import { SubjectKeyVault } from '@loket/persistence';
import { DeadLetterStore } from './dead-letters/dead-letter-store';
import { LocalRedelivery } from './dead-letters/replay-dead-letter/local-redelivery';
import { PruneMessagingTables } from './housekeeping/prune-messaging-tables';
import { DeadLetterPublisher } from './inbox/dead-letter-publisher';
import { EventConsumer } from './inbox/event-consumer';
import { TopicProvisioner } from './kafka/topic-provisioner';
import { MessagingConfig } from './messaging.config';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { PersonalDataSealing } from './personal-data/personal-data-sealing';

/**
 * Outbox, relay, consumer with inbox and parked dead letters, pruning of old outbox rows and inbox ids, topic
 * provisioning and the broker's readiness check; the key vault that personal fields are sealed under, and its
 * readiness. Consuming services add DeadLettersModule for the admin API.
 */
@Global()
@Module({})
export class MessagingModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly readiness: ReadinessRegistry,
    private readonly topics: TopicProvisioner,
    private readonly subjectKeys: SubjectKeyVault,
  ) {}

  static forService(config: MessagingConfig): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MessagingConfig, useValue: config },
        { provide: SubjectKeyVault, useFactory: () => SubjectKeyVault.open(config.subjectKeys) },
        PersonalDataSealing,
        Outbox,
        OutboxRelay,
        EventConsumer,
        DeadLetterPublisher,
        DeadLetterStore,
        TopicProvisioner,
        PruneMessagingTables,
        LocalRedelivery,
      ],
      exports: [Outbox, OutboxRelay, SubjectKeyVault, PersonalDataSealing, EventConsumer, TopicProvisioner, MessagingConfig, PruneMessagingTables, LocalRedelivery],
    };
  }

  onModuleInit(): void {
    this.readiness.register({ name: 'kafka', check: () => this.topics.ping() });
    this.readiness.register({ name: 'subject-keys', check: () => this.subjectKeys.ping() });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subjectKeys.close();
  }
}
