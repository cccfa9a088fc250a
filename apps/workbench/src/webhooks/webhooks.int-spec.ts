import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseOpened, type CaseOpenedV1, CaseStatusChanged, type EventEnvelope } from '@loket/contracts';
import { startService } from '@loket/http';
import { Metrics } from '@loket/observability';
import { buildEnvelope, connectEventConsumers, createKafka, messagingConfigFromEnv } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, freePort, publishEvent, testMessagingEnv, tokenFor } from '@loket/testing';
import { verifyWebhookSignature } from '@loket/webhooks';
import { SERVICE, workbenchConfigFromEnv } from '../workbench.config';
import { workbenchModule } from '../workbench.module';
import { WebhookDeliveryAttemptRecord } from './persistence/webhook-delivery-attempt.entity';
import { WebhookDeliveryRecord, type WebhookDeliveryStatus } from './persistence/webhook-delivery.entity';
import { QueueWebhooksWhenCaseChanged } from './queue/queue-webhooks-when-case-changed.handler';
import { ForgetOldWebhookDeliveries } from './retention/forget-old-webhook-deliveries.job';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of several shapes, asserted by each test
type Json = any;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

/**
 * Outgoing webhooks against the real stack: the workbench in-process on a fresh database, cases arriving on
 * Kafka as routing and the workbench publish them, an administrator's real Keycloak token, and a receiver
 * (node:http) that is first not there (connection refused), then answers 503, then takes the deliveries.
 * Each event arrives once taken, signed, redacted; a sensitive case never arrives; the log tells the story.
 */
describe('outgoing webhooks (real PostgreSQL, Kafka and Keycloak, a receiver through an outage)', () => {
  const run = randomBytes(4).toString('hex');
  /** This run's organisation: a fresh consumer group also reads other runs' cases from the topics. */
  const organisation = `wh-${run}`;
  const config = workbenchConfigFromEnv({
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_webhooks_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-webhooks-${run}`,
    LOKET_WEBHOOK_ALLOW_HTTP_LOCALHOST: 'true',
    LOKET_WEBHOOK_POLL_INTERVAL_MS: '100',
    LOKET_WEBHOOK_RETRY_BASE_MS: '300',
    LOKET_WEBHOOK_RETRY_MAX_MS: '600',
    LOKET_WEBHOOK_MAX_ATTEMPTS: '50',
    LOKET_WEBHOOK_TIMEOUT_MS: '2000',
  });
  let app: INestApplication;
  let db: DataSource;
  let base: string;
  let adminToken: string;
  let professionalToken: string;
  let receiverPort: number;
  let receiver: Server | null = null;
  let answer = 503;
  const received: Received[] = [];

  beforeAll(async () => {
    app = await startService({
      service: SERVICE,
      title: 'workbench',
      module: workbenchModule(config),
      port: 0,
      host: '127.0.0.1',
      logLevel: 'error',
      beforeListen: connectEventConsumers,
    });
    base = `${await app.getUrl()}/api/v1/admin/webhook-subscriptions`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    [adminToken, professionalToken] = await Promise.all([tokenFor('admin'), tokenFor('gemeente.stadsbeheer')]);
    receiverPort = await freePort();
  }, 120_000);
  afterAll(async () => {
    await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(null)));
    await app?.close();
    await dropDatabase(config.database);
  });

  function startReceiver(): Promise<void> {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answered: answer });
        response.writeHead(answer).end();
      });
    });
    return new Promise((resolve) => receiver!.listen(receiverPort, '127.0.0.1', () => resolve()));
  }

  const http = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), body: (text ? JSON.parse(text) : null) as Json };
  };

  function opened(sensitivity: number, main: string, description: string): CaseOpenedV1 {
    const now = new Date().toISOString();
    return {
      caseId: randomUUID(),
      organisation,
      team: 'stadsbeheer',
      priority: 'normal',
      sla: { amount: 5, unit: 'days', calendar: 'calendar' },
      category: { main, sensitivity },
      report: {
        reportId: randomUUID(),
        reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
        description,
        location: { lat: 52.090712, lon: 5.121433 },
        submittedAt: now,
        reporterTier: 'resident',
        areaIds: ['BU03440100'],
      },
      decision: { policyId: 'default', policyVersion: 1, ruleId: 'r', explanation: 'Rule matched' },
      openedAt: now,
    };
  }

  /** The same envelope once more, as Kafka redelivers it. */
  async function republish(envelope: EventEnvelope<CaseOpenedV1>): Promise<void> {
    const kafka = createKafka({ ...messagingConfigFromEnv('test', testMessagingEnv()), groupId: 'test' }, 'republisher');
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic: CaseOpened.topic, messages: [{ key: envelope.payload.caseId, value: JSON.stringify(envelope) }] });
    } finally {
      await producer.disconnect();
    }
  }

  it('is for administrators only, and refuses a bad target as problem details', async () => {
    expect((await http(professionalToken, 'GET', '')).status).toBe(403);
    const insecure = await http(adminToken, 'POST', '', { name: 'x', targetUrl: 'http://zaken.example.nl/hook', channels: ['case.opened'] });
    expect(insecure.status).toBe(400);
    expect(insecure.type).toContain('application/problem+json');
    const badChannel = await http(adminToken, 'POST', '', { name: 'x', targetUrl: 'https://zaken.example.nl/hook', channels: ['case.referred'] });
    expect(badChannel.status).toBe(400);
    expect((await http(adminToken, 'GET', '/not-a-uuid/deliveries')).status).toBe(400);
    expect((await http(adminToken, 'GET', `/${randomUUID()}/deliveries`)).status).toBe(404);
  });

  it('delivers each event once, signed and redacted, retried through an outage; never a sensitive case', async () => {
    const created = await http(adminToken, 'POST', '', {
      name: `Wijkdashboard ${run}`,
      targetUrl: `http://127.0.0.1:${receiverPort}/hooks/loket`,
      channels: ['case.opened', 'case.status-changed'],
      organisations: [organisation],
      fields: ['organisation', 'category', 'description', 'location'],
    });
    expect(created.status).toBe(201);
    const { id: subscriptionId, secret } = created.body as { id: string; secret: string };
    expect(secret).toMatch(/^whsec_/);
    const listed = await http(adminToken, 'GET', '');
    expect(listed.body.items.find((s: Json) => s.id === subscriptionId)).toMatchObject({ status: 'active', channels: ['case.opened', 'case.status-changed'] });
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const [audited] = await db.query(`SELECT actor_username FROM audit_log_entries WHERE action = 'webhook-subscription.created' AND details->>'subscriptionId' = $1`, [subscriptionId]);
    expect(audited).toEqual({ actor_username: 'admin' });

    // The receiver is not there yet: connection refused.
    const pub = opened(1, 'afval', `Bank op de stoep (${run}), bel 06-12345678 of mail jan.jansen@example.nl`);
    const care = opened(4, 'zorg', `Buurman ${run} lijkt verward, telefoon 06-87654321`);
    const openedEnvelope = await publishEvent(CaseOpened, pub, 'routing');
    await publishEvent(CaseOpened, care, 'routing');
    // The workbench changes the status only of a case it holds; the two topics are read independently, so the
    // cases are opened here first (a status change for a case it does not know yet is not sent).
    await expectEventually(async () => {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1::uuid[])`, [[pub.caseId, care.caseId]]);
      expect(n).toBe(2);
    }, { timeoutMs: 60_000 });
    const changed = await publishEvent(CaseStatusChanged, {
      caseId: pub.caseId, organisation, from: 'new', to: 'assigned', resolutionCode: null, caseVersion: 2, changedAt: new Date().toISOString(),
    }, 'workbench');
    await publishEvent(CaseStatusChanged, {
      caseId: care.caseId, organisation, from: 'new', to: 'assigned', resolutionCode: null, caseVersion: 2, changedAt: new Date().toISOString(),
    }, 'workbench');
    await republish(openedEnvelope);

    const log = async () => (await http(adminToken, 'GET', `/${subscriptionId}/deliveries`)).body.items as Json[];
    await expectEventually(async () => {
      const items = await log();
      expect(items).toHaveLength(2);
      for (const item of items) expect(item.attemptLog.some((a: Json) => a.statusCode === null && /ECONNREFUSED/.test(a.error))).toBe(true);
    }, { timeoutMs: 90_000 });

    const metrics = await app.get(Metrics).registry.metrics();
    const pending = metrics.split('\n').find((line) => line.startsWith('loket_webhook_deliveries{') && line.includes(`subscription="${subscriptionId}"`) && line.includes('status="pending"'));
    expect(pending).toMatch(/ 2$/);

    // It answers, but 503 for a while.
    await startReceiver();
    await expectEventually(async () => {
      for (const item of await log()) expect(item.attemptLog.some((a: Json) => a.statusCode === 503)).toBe(true);
    }, { timeoutMs: 30_000 });

    // Back: each delivery is taken once.
    answer = 204;
    await expectEventually(async () => {
      for (const item of await log()) expect(item.status).toBe('delivered');
    }, { timeoutMs: 30_000 });
    // A few sender rounds more: nothing delivered goes out again.
    const takenBefore = received.filter((r) => r.answered === 204).length;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const taken = received.filter((r) => r.answered === 204);
    expect(taken).toHaveLength(takenBefore);
    expect(taken.map((r) => r.headers['webhook-id']).sort()).toEqual([openedEnvelope.id, changed.id].sort());

    for (const request of received) {
      expect(verifyWebhookSignature(secret, request.headers, request.body)).toBe(true);
      expect(request.headers['content-type']).toContain('application/cloudevents+json');
      const event = JSON.parse(request.body) as Json;
      expect(event.id).toBe(request.headers['webhook-id']);
      expect(event.subject).toBe(pub.caseId);
      expect(request.body).not.toContain(care.caseId);
      expect(request.body).not.toMatch(/06-12345678|jan\.jansen@example\.nl|reporterRef|rr_|reporterTier/);
    }
    const openedEvent = JSON.parse(taken.find((r) => r.headers['webhook-id'] === openedEnvelope.id)!.body) as Json;
    expect(openedEvent).toMatchObject({
      specversion: '1.0',
      id: openedEnvelope.id,
      type: 'nl.loket.case.opened.v1',
      source: '/loket/workbench',
      subject: pub.caseId,
      datacontenttype: 'application/json',
      data: { caseId: pub.caseId, organisation, category: { main: 'afval', sub: null } },
    });
    expect(openedEvent.data.description).toContain('[telefoonnummer verwijderd]');
    expect(openedEvent.data.description).toContain('[e-mail verwijderd]');
    expect(openedEvent.data.location).not.toEqual(pub.report.location);
    const changedEvent = JSON.parse(taken.find((r) => r.headers['webhook-id'] === changed.id)!.body) as Json;
    expect(changedEvent).toMatchObject({ type: 'nl.loket.case.status-changed.v1', data: { caseId: pub.caseId, status: { from: 'new', to: 'assigned', resolutionCode: null } } });

    // The log: the failed attempts and the one success, same webhook-id every time; no payload, no secret.
    for (const item of await log()) {
      expect(item.attempts).toBeGreaterThanOrEqual(3);
      expect(item.attemptLog.at(-1)).toMatchObject({ statusCode: 204, error: null });
      expect(item.lastError).toBeNull();
      expect(item).not.toHaveProperty('payload');
      expect(JSON.stringify(item)).not.toContain(secret);
      const tries = received.filter((r) => r.headers['webhook-id'] === item.eventId);
      expect(tries.length).toBe(item.attemptLog.filter((a: Json) => a.statusCode !== null).length);
    }
  });

  it('queues a delivery with the transaction that handles the event: none for one that rolls back', async () => {
    const subscription = await http(adminToken, 'POST', '', {
      name: 'Zaaksysteem', targetUrl: `http://127.0.0.1:${receiverPort}/zaken`, channels: ['case.opened'], organisations: [organisation],
    });
    const queue = app.get(QueueWebhooksWhenCaseChanged);
    const rolledBack = buildEnvelope(CaseOpened, opened(1, 'afval', `Teruggedraaid (${run})`), 'routing');
    await expect(db.transaction(async (tx) => {
      await queue.caseOpened(rolledBack.payload, tx, rolledBack);
      throw new Error('the handler fails after queuing');
    })).rejects.toThrow('the handler fails after queuing');
    const committed = buildEnvelope(CaseOpened, opened(1, 'afval', `Vastgelegd (${run})`), 'routing');
    await db.transaction((tx) => queue.caseOpened(committed.payload, tx, committed));
    const rows = await db.query(
      `SELECT event_id FROM webhook_deliveries WHERE subscription_id = $1 AND event_id = ANY($2::uuid[])`,
      [subscription.body.id, [rolledBack.id, committed.id]],
    );
    expect(rows).toEqual([{ event_id: committed.id }]);
  });

  it('forgets finished deliveries queued longer ago than the keeping time, with their attempts; never a pending one', async () => {
    // A disabled subscription: its pending delivery is never sent, so it stays pending whatever its age.
    const created = await http(adminToken, 'POST', '', {
      name: 'Archief', targetUrl: `http://127.0.0.1:${receiverPort}/archief`, channels: ['case.opened'], organisations: [organisation],
    });
    const subscriptionId = created.body.id as string;
    await http(adminToken, 'POST', `/${subscriptionId}/disable`);
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60_000);
    const delivery = (status: WebhookDeliveryStatus, createdAt: Date): WebhookDeliveryRecord => ({
      id: randomUUID(), subscriptionId, eventId: randomUUID(), eventType: 'case.opened', caseId: randomUUID(),
      payload: { specversion: '1.0' } as unknown as WebhookDeliveryRecord['payload'], status, attempts: 1, nextAttemptAt: status === 'pending' ? createdAt : null,
      createdAt, lastAttemptAt: createdAt, lastError: status === 'failed' ? 'HTTP 503 (given up: max-attempts)' : null, deliveredAt: status === 'delivered' ? createdAt : null,
    });
    const rows = {
      oldDelivered: delivery('delivered', daysAgo(31)),
      oldFailed: delivery('failed', daysAgo(40)),
      oldPending: delivery('pending', daysAgo(45)),
      recentDelivered: delivery('delivered', daysAgo(29)),
    };
    await db.getRepository(WebhookDeliveryRecord).insert(Object.values(rows));
    await db.getRepository(WebhookDeliveryAttemptRecord).insert({ deliveryId: rows.oldDelivered.id, attempt: 1, attemptedAt: daysAgo(31), statusCode: 204, error: null, durationMs: 12 });

    expect(await app.get(ForgetOldWebhookDeliveries).runOnce()).toBe(2);
    const left = await db.query(`SELECT id FROM webhook_deliveries WHERE subscription_id = $1`, [subscriptionId]);
    expect(new Set(left.map((r: { id: string }) => r.id))).toEqual(new Set([rows.oldPending.id, rows.recentDelivered.id]));
    expect(await db.query(`SELECT 1 FROM webhook_delivery_attempts WHERE delivery_id = $1`, [rows.oldDelivered.id])).toEqual([]);
    expect(await app.get(ForgetOldWebhookDeliveries).runOnce()).toBe(0);
  });

  it('sends nothing more once disabled, and forgets the log when deleted (both audited)', async () => {
    const created = await http(adminToken, 'POST', '', {
      name: 'Datawarehouse', targetUrl: `http://127.0.0.1:${receiverPort}/dwh`, channels: ['case.opened'], organisations: [organisation],
    });
    const id = created.body.id as string;
    expect((await http(adminToken, 'POST', `/${id}/disable`)).body).toMatchObject({ status: 'disabled' });
    const later = opened(1, 'afval', `Nog een bank (${run})`);
    await publishEvent(CaseOpened, later, 'routing');
    await expectEventually(async () => {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM cases WHERE id = $1`, [later.caseId]);
      expect(n).toBe(1);
    }, { timeoutMs: 60_000 });
    expect((await http(adminToken, 'GET', `/${id}/deliveries`)).body.items).toEqual([]);
    expect((await http(adminToken, 'DELETE', `/${id}`)).status).toBe(204);
    expect((await http(adminToken, 'GET', `/${id}/deliveries`)).status).toBe(404);
    const actions = await db.query(`SELECT action FROM audit_log_entries WHERE details->>'subscriptionId' = $1 ORDER BY sequence`, [id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['webhook-subscription.created', 'webhook-subscription.disabled', 'webhook-subscription.deleted']);
  });
});
