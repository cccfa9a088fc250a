import { Client } from 'pg';
import { Topics } from '@loket/contracts';
import { databaseClient, LoketServices, ServiceName } from '@loket/testing';
import { percentiles } from './percentiles';

interface Hop {
  eventId: string;
  createdAt: number;
  publishedAt: number;
}

/**
 * Where a report's time goes between intake and the workbench, from the timestamps the services keep anyway
 * (PostgreSQL's clock, each a transaction's start): intake's outbox row (created → published by the relay),
 * routing's inbox entry for it (Kafka delivery and the consumer's queue), routing's outbox row of
 * `loket.case.opened.v1` (created → published), the workbench's inbox entry for that. Median and p99 per hop.
 */
export async function stageBreakdown(loket: LoketServices, reportIds: string[]) {
  const intake = await outboxRows(loket, 'intake', Topics.ReportSubmittedV1, `envelope->'payload'->>'reportId'`);
  const routing = await outboxRows(loket, 'routing', Topics.CaseOpenedV1, `envelope->'payload'->'report'->>'reportId'`);
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

function outboxRows(loket: LoketServices, service: ServiceName, topic: string, reportIdPath: string): Promise<Map<string, Hop>> {
  return withDatabase(loket, service, async (db) => {
    const { rows } = await db.query<{ report_id: string; event_id: string; created: string; published: string }>(
      `SELECT ${reportIdPath} AS report_id, event_id::text, extract(epoch FROM created_at) * 1000 AS created,
              extract(epoch FROM published_at) * 1000 AS published
         FROM outbox_messages WHERE topic = $1 AND published_at IS NOT NULL`,
      [topic],
    );
    return new Map(rows.map((r) => [r.report_id, { eventId: r.event_id, createdAt: Number(r.created), publishedAt: Number(r.published) }]));
  });
}

function inboxTimes(loket: LoketServices, service: ServiceName): Promise<Map<string, number>> {
  return withDatabase(loket, service, async (db) => {
    const { rows } = await db.query<{ event_id: string; processed: string }>(
      'SELECT event_id::text, extract(epoch FROM processed_at) * 1000 AS processed FROM inbox_messages',
    );
    return new Map(rows.map((r) => [r.event_id, Number(r.processed)]));
  });
}
