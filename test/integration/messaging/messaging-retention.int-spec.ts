import { randomUUID } from 'node:crypto';
import { ALL_TOPICS, Topics } from '@loket/contracts';
import { TopicProvisioner } from '@loket/messaging';
import { messagingHarness } from './messaging-harness';

const HOUR = 3_600_000;

describe('the outbox and inbox do not grow for ever; topics keep messages as long as configured (real PostgreSQL and Kafka)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;

  beforeAll(async () => {
    harness = await messagingHarness({ outboxRetentionMs: 24 * HOUR, inboxRetentionMs: 30 * 24 * HOUR, pruneBatchSize: 7 });
  });
  afterAll(async () => harness.close());

  async function outboxRow(publishedHoursAgo: number | null, createdHoursAgo = 48): Promise<string> {
    const eventId = randomUUID();
    await harness.dataSource.query(
      `INSERT INTO outbox_messages (event_id, topic, message_key, envelope, created_at, published_at)
       VALUES ($1, 'loket.test.thing-happened.v1', 'k', '{}'::jsonb, now() - make_interval(hours => $2),
               CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(hours => $3::int) END)`,
      [eventId, createdHoursAgo, publishedHoursAgo],
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

  it('prunes, in batches, only published outbox rows and inbox ids older than their retention', async () => {
    const oldPublished = await Promise.all(Array.from({ length: 20 }, () => outboxRow(25)));
    const recentPublished = await outboxRow(23);
    const oldUnpublished = await outboxRow(null, 24 * 90);
    const oldInbox = await Promise.all(Array.from({ length: 10 }, () => inboxRow(31)));
    const recentInbox = await inboxRow(29);

    const result = await harness.prune.pruneAll();

    expect(result).toEqual({ outbox: 20, inbox: 10 });
    expect(await remaining('outbox_messages', [...oldPublished, recentPublished, oldUnpublished])).toEqual(
      [recentPublished, oldUnpublished].sort(),
    );
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
