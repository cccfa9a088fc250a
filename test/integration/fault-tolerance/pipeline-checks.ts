import { CONSUMER_MAX_WAIT_MS } from '@loket/messaging';
import { databaseClient, LoketServices, mailsTo, ServiceName, testKafka } from '@loket/testing';

/** What the fault tests check after the faults: counts read from the services' databases, the broker and the mail sink. */

export function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

export async function query<T extends object>(loket: LoketServices, service: ServiceName, sql: string, values: unknown[]): Promise<T[]> {
  const db = await databaseClient(loket.databaseOf(service));
  try {
    return (await db.query(sql, values)).rows as T[];
  } finally {
    await db.end();
  }
}

/** Messages in every dead-letter topic of the broker, by topic; only non-empty ones are listed. */
export async function deadLetterCounts(brokers: string): Promise<Record<string, number>> {
  const admin = testKafka('fault-test', [brokers]).admin();
  await admin.connect();
  try {
    const counts: Record<string, number> = {};
    for (const topic of (await admin.listTopics()).filter((t) => t.endsWith('.dlq'))) {
      const offsets = await admin.fetchTopicOffsets(topic);
      const n = offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
      if (n > 0) counts[topic] = n;
    }
    return counts;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Dead letters on a shared broker that concern this run: parked by one of its consumer groups (they end in the
 * run id) and about one of its reports. (A run's fresh groups also replay earlier runs' events, which are not
 * its business: their sealed contact details do not open with this run's keys.)
 */
export async function deadLettersOfRun(brokers: string, runId: string, reportIds: readonly string[]): Promise<string[]> {
  const kafka = testKafka('fault-test', [brokers]);
  const admin = kafka.admin();
  await admin.connect();
  const expected: Record<string, number> = {};
  try {
    for (const topic of (await admin.listTopics()).filter((t) => t.endsWith('.dlq'))) {
      const n = (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
      if (n > 0) expected[topic] = n;
    }
  } finally {
    await admin.disconnect();
  }
  const total = Object.values(expected).reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const ours = new Set(reportIds);
  const found: string[] = [];
  let read = 0;
  const consumer = kafka.consumer({ groupId: `fault-test-dlq-${Date.now().toString(36)}`, maxWaitTimeInMs: CONSUMER_MAX_WAIT_MS });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: Object.keys(expected), fromBeginning: true });
    let done!: () => void;
    const all = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        read++;
        const group = message.headers?.['dlq-consumer']?.toString() ?? '';
        const value = message.value?.toString() ?? '';
        const reportId = /"reportId":"([0-9a-f-]{36})"/.exec(value)?.[1];
        if (group.endsWith(runId) && reportId && ours.has(reportId)) {
          found.push(`${topic}: ${message.headers?.['dlq-reason']?.toString() ?? '?'}`);
        }
        if (read >= total) done();
      },
    });
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  } finally {
    await consumer.disconnect();
  }
  return found;
}

export async function mailCounts(reports: { email: string }[]): Promise<number[]> {
  const counts: number[] = [];
  for (let i = 0; i < reports.length; i += 20) {
    counts.push(...(await Promise.all(reports.slice(i, i + 20).map(async (r) => (await mailsTo(r.email)).length))));
  }
  return counts;
}
