import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Admin, ConfigResourceTypes } from 'kafkajs';
import { ALL_TOPICS, COMPACTED_TOPICS, deadLetterTopicOf, isLoketService } from '@loket/contracts';
import { MessagingConfig } from '../messaging.config';
import { topicsProvisionedBy } from './kafka-access-plan';
import { createAdmin, createKafka } from './kafka-connection';

/** A topic's configuration when nothing is set on it. */
const DEFAULTS: Record<string, string> = { 'cleanup.policy': 'delete' };

/**
 * Creates Loket's topics and their dead-letter topics when they are missing (the broker creates none itself), with
 * an explicit `retention.ms` (MessagingConfig.topicRetentionMs); a topic that exists with another retention gets
 * it set. The inbox keeps event ids at least that long, so a redelivered event is always recognised.
 */
@Injectable()
export class TopicProvisioner implements OnModuleDestroy {
  private readonly logger = new Logger(TopicProvisioner.name);
  private readonly admin: Admin;
  private connected = false;

  constructor(private readonly config: MessagingConfig) {
    this.admin = createAdmin(createKafka(config, 'admin'));
  }

  /**
   * A Loket service provisions what it may touch on a broker with access control (see kafkaAccessPlan): the
   * topics it owns and reads and its dead-letter topics, and sets the retention only of those it owns and its
   * dead-letter topics. Given topics (tests), or another service name: the topics and their dead-letter topics.
   */
  async ensureTopics(topics?: readonly string[]): Promise<void> {
    await this.connect();
    const { wanted, retentionManaged } = this.topicsToProvision(topics);
    const existing = new Set(await this.admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    await this.setRetention(retentionManaged.filter((t) => existing.has(t)));
    if (missing.length > 0) await this.create(missing);
    // Another service may have created some of them a moment ago: the consumer subscribes only after the broker
    // serves every one of them (else its first metadata request fails the start).
    await this.waitUntilVisible(wanted);
  }

  private async create(missing: readonly string[]): Promise<void> {
    try {
      await this.admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: this.config.partitions,
          replicationFactor: 1,
          configEntries: this.configOf(topic),
        })),
      });
    } catch (error) {
      // Created, but the broker's metadata does not show them yet (seen with access control lists on):
      // wait until it does rather than fail the start.
      if ((error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION') throw error;
      await this.waitUntilVisible(missing);
    }
    this.logger.log(`created topics ${missing.join(', ')}`);
  }

  /** Until the broker describes every topic with a leader for each partition (at most `timeoutMs`). */
  private async waitUntilVisible(topics: readonly string[], timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const { topics: described } = await this.admin.fetchTopicMetadata({ topics: [...topics] });
        const leaderless = described.filter((t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0));
        if (leaderless.length === 0) return;
        if (Date.now() > deadline) throw new Error(`topics without a leader: ${leaderless.map((t) => t.name).join(', ')}`);
      } catch (error) {
        const type = (error as { type?: string }).type;
        if ((type !== 'UNKNOWN_TOPIC_OR_PARTITION' && type !== 'LEADER_NOT_AVAILABLE') || Date.now() > deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  private topicsToProvision(topics: readonly string[] | undefined): { wanted: string[]; retentionManaged: string[] } {
    if (topics === undefined && isLoketService(this.config.service)) {
      const own = topicsProvisionedBy(this.config.service);
      return { wanted: own.topics, retentionManaged: own.retentionManaged };
    }
    const wanted = (topics ?? ALL_TOPICS).flatMap((t) => [t, deadLetterTopicOf(t)]);
    return { wanted, retentionManaged: wanted };
  }

  /** The topics' `retention.ms` as the broker has it. */
  async retentionOf(topics: readonly string[]): Promise<Map<string, number>> {
    await this.connect();
    const described = await this.admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms'] })),
    });
    return new Map(
      described.resources.map((r) => [r.resourceName, Number(r.configEntries.find((e) => e.configName === 'retention.ms')?.configValue)]),
    );
  }

  /**
   * Sets each topic's configuration where the broker has another. `alterConfigs` replaces a topic's whole
   * configuration, so it is always given all of it (a compacted topic keeps `cleanup.policy=compact`).
   */
  private async setRetention(topics: readonly string[]): Promise<void> {
    if (topics.length === 0) return;
    const current = await this.configsOf(topics);
    const differing = topics.filter((t) => this.configOf(t).some(({ name, value }) => (current.get(t)?.get(name) ?? DEFAULTS[name]) !== value));
    if (differing.length === 0) return;
    await this.admin.alterConfigs({
      validateOnly: false,
      resources: differing.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configEntries: this.configOf(name) })),
    });
    this.logger.log(`set the configuration (retention.ms=${this.config.topicRetentionMs}, compaction where wanted) of ${differing.join(', ')}`);
  }

  /** What a topic is created with: the retention, and compaction for a topic that keeps its latest fact per key. */
  private configOf(topic: string): { name: string; value: string }[] {
    const entries = [{ name: 'retention.ms', value: String(this.config.topicRetentionMs) }];
    if ((COMPACTED_TOPICS as readonly string[]).includes(topic)) entries.push({ name: 'cleanup.policy', value: 'compact' });
    return entries;
  }

  /** The topics' `retention.ms` and `cleanup.policy` as the broker has them. */
  async configsOf(topics: readonly string[]): Promise<Map<string, Map<string, string>>> {
    const described = await this.admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms', 'cleanup.policy'] })),
    });
    return new Map(described.resources.map((r) => [r.resourceName, new Map(r.configEntries.map((e) => [e.configName, e.configValue]))]));
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
