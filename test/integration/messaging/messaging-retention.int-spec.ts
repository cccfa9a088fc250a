import { randomUUID } from 'node:crypto';
import { ALL_TOPICS, Topics } from '@loket/contracts';
import { TopicProvisioner } from '@loket/messaging';
import { messagingHarness } from './messaging-harness';

const HOUR = 3_600_000;

describe('the inbox does not grow for ever; topics keep messages as long as configured (real PostgreSQL and Kafka)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;

  beforeAll(async () => {
    harness = await messagingHarness({ inboxRetentionMs: 30 * 24 * HOUR, pruneBatchSize: 7 });
  });
  afterAll(async () => harness.close());

  /** A row no relay has published (none runs here): the relay deletes rows once published, pruning never does. */
  async function unpublishedOutboxRow(createdHoursAgo: number): Promise<string> {
    const eventId = randomUUID();
    await harness.dataSource.query(
      `INSERT INTO outbox_messages (event_id, topic, message_key, envelope, created_at)
       VALUES ($1, 'loket.test.thing-happened.v1', 'k', '{}'::jsonb, now() - make_interval(hours => $2))`,
      [eventId, createdHoursAgo],
    );
    return eventId;
  }
  async function inboxRow(processedDaysAgo: number): Promise<string> {
    const eventId = randomUUID();
    await harness.dataSource.query(
      `INSERT INTO inbox_messages (consumer, event_id, event_type, processed_at) VALUES ('test', $1, 'test', now() - make_interval(days => $2))`,
      [eventId, processedDaysAgo],
    );
    return eventId;
  }
  const remaining = async (table: string, ids: string[]) =>
    ((await harness.dataSource.query(`SELECT event_id FROM ${table} WHERE event_id = ANY($1::uuid[])`, [ids])) as { event_id: string }[])
      .map((r) => r.event_id)
      .sort();

  it('prunes, in batches, only inbox ids older than their retention, and never an unpublished outbox row', async () => {
    const oldUnpublished = await unpublishedOutboxRow(24 * 90);
    const oldInbox = await Promise.all(Array.from({ length: 10 }, () => inboxRow(31)));
    const recentInbox = await inboxRow(29);

    const result = await harness.prune.pruneAll();

    expect(result).toEqual({ inbox: 10 });
    expect(await remaining('outbox_messages', [oldUnpublished])).toEqual([oldUnpublished]);
    expect(await remaining('inbox_messages', [...oldInbox, recentInbox])).toEqual([recentInbox]);
  });

  it('gives every topic and its dead-letter topic the configured retention', async () => {
    const topics = new TopicProvisioner(harness.config);
    try {
      await topics.ensureTopics();
      const retention = await topics.retentionOf([ALL_TOPICS[0], `${ALL_TOPICS[0]}.dlq`]);
      expect([...retention.values()]).toEqual([harness.config.topicRetentionMs, harness.config.topicRetentionMs]);
      // the taxonomy in force is kept for ever (compaction), so an intake that starts later still learns it
      const configs = await topics.configsOf([Topics.TaxonomyPublishedV1, Topics.ReportSubmittedV1]);
      expect(configs.get(Topics.TaxonomyPublishedV1)?.get('cleanup.policy')).toBe('compact');
      expect(configs.get(Topics.ReportSubmittedV1)?.get('cleanup.policy')).toBe('delete');
    } finally {
      await topics.onModuleDestroy();
    }
  });
});
