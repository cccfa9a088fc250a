import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@loket/contracts';
import { databaseClient, LoketServices, ServiceName, testEnvironment, testKafka } from '@loket/testing';
import { percentiles } from './percentiles';

interface Hop {
  eventId: string;
  createdAt: number;
  publishedAt: number;
}

/**
 * Where a report's time goes between intake and the workbench, from the timestamps the system keeps anyway (one
 * machine, one clock): intake's `report.submitted` (written: the envelope's `occurredAt`, taken in the transaction
 * that wrote the outbox row → published: the Kafka record's timestamp, set by the relay's producer when it sent),
 * routing's inbox entry for it (Kafka delivery and the consumer's queue; its transaction's start), routing's
 * `loket.case.opened.v1` (written → published), the workbench's inbox entry for that. The events are read back from
 * the topics: the relay deletes an outbox row once published. Median and p99 per hop.
 */
export async function stageBreakdown(loket: LoketServices, reportIds: string[]) {
  const brokers = loket.intake.env['LOKET_KAFKA_BROKERS']?.split(',') ?? testEnvironment().kafkaBrokers;
  const intake = await publishedEvents(brokers, Topics.ReportSubmittedV1, (payload) => payload['reportId']);
  const routing = await publishedEvents(brokers, Topics.CaseOpenedV1, (payload) => (payload['report'] as { reportId?: string } | undefined)?.reportId);
  const routingInbox = await inboxTimes(loket, 'routing');
  const workbenchInbox = await inboxTimes(loket, 'workbench');
  const hops = { intake_relay: [] as number[], to_routing: [] as number[], routing_handle_and_relay: [] as number[], to_workbench: [] as number[] };
  for (const reportId of reportIds) {
    const submitted = intake.get(reportId);
    const opened = routing.get(reportId);
    if (!submitted || !opened) continue;
    const routedAt = routingInbox.get(submitted.eventId);
    const recordedAt = workbenchInbox.get(opened.eventId);
    if (routedAt === undefined || recordedAt === undefined) continue;
    hops.intake_relay.push(submitted.publishedAt - submitted.createdAt);
    hops.to_routing.push(routedAt - submitted.publishedAt);
    hops.routing_handle_and_relay.push(opened.publishedAt - routedAt);
    hops.to_workbench.push(recordedAt - opened.publishedAt);
  }
  const summary: Record<string, number> = {};
  let total = 0;
  for (const [name, values] of Object.entries(hops)) {
    const p = percentiles(values);
    summary[`${name}_p50`] = p.p50;
    summary[`${name}_p99`] = p.p99;
    total += p.p50;
  }
  return { total_p50: Math.round(total * 10) / 10, ...summary, reports: hops.intake_relay.length };
}

async function withDatabase<T>(loket: LoketServices, service: ServiceName, work: (db: Client) => Promise<T>): Promise<T> {
  const db = await databaseClient(loket.databaseOf(service));
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** Every event on a topic, by the report it is about, read from the beginning up to the end it has now. */
async function publishedEvents(brokers: string[], topic: string, reportIdOf: (payload: Record<string, unknown>) => unknown): Promise<Map<string, Hop>> {
  const kafka = testKafka('bench-stages', brokers);
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, { low: Number(p.low), high: Number(p.high) }]));
  await admin.disconnect();
  const toRead = new Map([...ends].filter(([, { low, high }]) => high > low).map(([partition, { high }]) => [partition, high]));
  const hops = new Map<string, Hop>();
  if (toRead.size === 0) return hops;
  const consumer = kafka.consumer({ groupId: `bench-stages-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((done, fail) => {
    consumer
      .run({
        eachMessage: async ({ partition, message }) => {
          const envelope = envelopeOf(message.value?.toString());
          const reportId = envelope && reportIdOf(envelope.payload);
          if (envelope && typeof reportId === 'string' && !hops.has(reportId)) {
            hops.set(reportId, { eventId: envelope.id, createdAt: Date.parse(envelope.occurredAt), publishedAt: Number(message.timestamp) });
          }
          if (Number(message.offset) + 1 >= (toRead.get(partition) ?? 0)) toRead.delete(partition);
          if (toRead.size === 0) done();
        },
      })
      .catch(fail);
  });
  await consumer.disconnect();
  return hops;
}

/** The envelope a message holds, or null for anything else on the topic (a test's garbage, a refused forgery). */
function envelopeOf(value: string | undefined): { id: string; occurredAt: string; payload: Record<string, unknown> } | null {
  try {
    const parsed = JSON.parse(value ?? '') as { id?: unknown; occurredAt?: unknown; payload?: unknown };
    if (typeof parsed.id !== 'string' || typeof parsed.occurredAt !== 'string' || typeof parsed.payload !== 'object' || parsed.payload === null) return null;
    return parsed as { id: string; occurredAt: string; payload: Record<string, unknown> };
  } catch {
    return null;
  }
}

function inboxTimes(loket: LoketServices, service: ServiceName): Promise<Map<string, number>> {
  return withDatabase(loket, service, async (db) => {
    const { rows } = await db.query<{ event_id: string; processed: string }>(
      'SELECT event_id::text, extract(epoch FROM processed_at) * 1000 AS processed FROM inbox_messages',
    );
    return new Map(rows.map((r) => [r.event_id, Number(r.processed)]));
  });
}
