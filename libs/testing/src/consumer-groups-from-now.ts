import { Kafka } from 'kafkajs';
import { CONSUMER_MAX_WAIT_MS } from '@loket/messaging';
import { testKafka } from './test-kafka';

/**
 * Gives brand-new consumer groups a start at the present end of every loket topic, before their services start.
 *
 * A service's new group reads from the beginning (nothing published before a first start is missed), which on
 * the tests' shared broker means the events of every earlier test file: each later file's services replayed all
 * of them, minutes of work on a busy machine before they saw their own reports, and CPU taken from the test
 * running beside them. Only what happens from now on is theirs, as for a new installation. A group that already
 * has offsets (a restart under the same run id) keeps them, so nothing published while it was away is skipped.
 */
export async function startGroupsAtTheEnd(brokers: string[], groupIds: readonly string[]): Promise<void> {
  const kafka = testKafka('loket-test-groups-from-now', brokers);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith('loket.'));
    if (topics.length === 0) return; // a fresh broker: no history to skip
    const ends = (
      await Promise.all(topics.map(async (topic) => (await admin.fetchTopicOffsets(topic)).map((p) => ({ topic, partition: p.partition, offset: p.high }))))
    ).flat();
    const fresh: string[] = [];
    for (const groupId of groupIds) {
      const committed = await admin.fetchOffsets({ groupId, topics });
      if (committed.every(({ partitions }) => partitions.every((p) => p.offset === '-1'))) fresh.push(groupId);
    }
    await Promise.all(fresh.map((groupId) => commitOffsets(kafka, groupId, topics, ends)));
  } finally {
    await admin.disconnect();
  }
}

/** Joins the (new, empty) group once, commits the given offsets for it, and leaves. */
async function commitOffsets(kafka: Kafka, groupId: string, topics: string[], offsets: { topic: string; partition: number; offset: string }[]): Promise<void> {
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: CONSUMER_MAX_WAIT_MS });
  await consumer.connect();
  try {
    const joined = new Promise<void>((done) => consumer.on(consumer.events.GROUP_JOIN, () => done()));
    await consumer.subscribe({ topics, fromBeginning: false });
    await consumer.run({ autoCommit: false, eachBatch: async () => undefined });
    await joined;
    await consumer.commitOffsets(offsets);
  } finally {
    await consumer.disconnect();
  }
}
