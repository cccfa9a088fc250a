import { ALL_TOPICS } from '@loket/contracts';
import { createAdmin, createKafka, MessagingConfig } from '@loket/messaging';

/**
 * Commits, for a consumer group that has not started yet, the current end of every Loket topic: the shared broker
 * holds every earlier test's events, and a service under test then reads only what is published from now on.
 */
export async function startConsumerGroupAtTheEnd(config: MessagingConfig): Promise<void> {
  const admin = createAdmin(createKafka(config, 'test-admin'));
  await admin.connect();
  try {
    for (const topic of ALL_TOPICS) {
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId: config.groupId, topic, partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })) });
    }
  } finally {
    await admin.disconnect();
  }
}
