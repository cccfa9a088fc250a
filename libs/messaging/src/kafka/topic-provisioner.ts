import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Admin } from 'kafkajs';
import { ALL_TOPICS, deadLetterTopicOf } from '@loket/contracts';
import { MessagingConfig } from '../messaging.config';
import { createAdmin, createKafka } from './kafka-connection';

/** Creates Loket's topics and their dead-letter topics when they are missing (the broker creates none itself). */
@Injectable()
export class TopicProvisioner implements OnModuleDestroy {
  private readonly logger = new Logger(TopicProvisioner.name);
  private readonly admin: Admin;
  private connected = false;

  constructor(private readonly config: MessagingConfig) {
    this.admin = createAdmin(createKafka(config, 'admin'));
  }

  async ensureTopics(topics: readonly string[] = ALL_TOPICS): Promise<void> {
    await this.connect();
    const wanted = topics.flatMap((t) => [t, deadLetterTopicOf(t)]);
    const existing = new Set(await this.admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    await this.admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: this.config.partitions, replicationFactor: 1 })),
    });
    this.logger.log(`created topics ${missing.join(', ')}`);
  }

  /** Readiness: the broker answers a metadata request. */
  async ping(): Promise<void> {
    await this.connect();
    await this.admin.describeCluster();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.connected) await this.admin.disconnect();
  }

  private async connect(): Promise<void> {
    if (this.connected) return;
    await this.admin.connect();
    this.connected = true;
  }
}
