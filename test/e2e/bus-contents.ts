import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expectEventually, KafkaProbe, ProbedMessage, testKafka } from '@loket/testing';

/**
 * Every message on every `loket.*` topic of the tests' broker (dead-letter topics included), read from the
 * beginning up to the end each partition had when asked.
 */
export async function everythingOnTheBus(brokers: string[]): Promise<ProbedMessage[]> {
  const admin = testKafka('bus-contents', brokers).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith('loket.'));
    let expected = 0;
    for (const topic of topics) {
      for (const partition of await admin.fetchTopicOffsets(topic)) expected += Number(partition.high) - Number(partition.low);
    }
    const probe = await KafkaProbe.start(topics);
    try {
      await expectEventually(() => expect(probe.messages.length).toBeGreaterThanOrEqual(expected), { timeoutMs: 60_000 });
      return [...probe.messages];
    } finally {
      await probe.stop();
    }
  } finally {
    await admin.disconnect();
  }
}

/** The topics of `messages` whose key, value or headers contain `needle` (case-insensitive). */
export function topicsHolding(messages: readonly ProbedMessage[], needle: string): string[] {
  const lowered = needle.toLowerCase();
  const found = messages.filter((m) => `${m.key ?? ''}\n${m.value}\n${Object.values(m.headers).join('\n')}`.toLowerCase().includes(lowered));
  return [...new Set(found.map((m) => m.topic))].sort();
}

/** The broker's log segment files under `dir` (its data directory) that contain `needle` as it was written. */
export function brokerFilesHolding(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'utf8');
  const found: string[] = [];
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      const stat = statSync(child);
      if (stat.isDirectory()) walk(child);
      else if (name.endsWith('.log') && readFileSync(child).includes(bytes)) found.push(child.slice(dir.length + 1));
    }
  };
  walk(dir);
  return found;
}
