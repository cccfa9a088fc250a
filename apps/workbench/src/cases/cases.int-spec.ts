import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { CaseOpened, CaseOpenedV1, EventEnvelope } from '@loket/contracts';
import { startService } from '@loket/http';
import { buildEnvelope, connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, keepOutboxWrites, OUTBOX_WRITES, testKafka, tokenFor } from '@loket/testing';
import { slaDueDate, WorkingCalendar } from '@loket/working-calendar';
import { SERVICE, workbenchConfigFromEnv } from '../workbench.config';
import { workbenchModule } from '../workbench.module';

/**
 * The workbench in-process over HTTP with its own fresh database, the real broker and real Keycloak tokens.
 * Cases arrive the way routing sends them: as case.opened events on Kafka.
 */
describe('workbench cases (real PostgreSQL, Kafka and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const config = workbenchConfigFromEnv({
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_test_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-test-${run}`,
  });
  let app: INestApplication;
  let db: DataSource;
  let url: string;
  let producer: Producer;
  const tokens: Record<'municipality' | 'police' | 'coordinator', string> = {
    municipality: '',
    police: '',
    coordinator: '',
  };

  beforeAll(async () => {
    app = await startService({
      service: SERVICE,
      title: 'workbench',
      module: workbenchModule(config),
      port: 0,
      host: '127.0.0.1',
      logLevel: 'warn',
      beforeListen: connectEventConsumers,
    });
    url = `${await app.getUrl()}/api/v1/cases`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await keepOutboxWrites(db); // the relay deletes what it published: the tests read what was written
    const kafka = testKafka(`workbench-test-${run}`);
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    [tokens.municipality, tokens.police, tokens.coordinator] = await Promise.all(
      ['gemeente.stadsbeheer', 'politie.wijkagent', 'coordinator'].map((user) => tokenFor(user)),
    );
  });
  afterAll(async () => {
    await producer?.disconnect();
    await app?.close();
    await dropDatabase(config.database);
  });

  const http = async (who: keyof typeof tokens, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[who]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of several shapes, asserted by each test
      body: (text ? JSON.parse(text) : null) as any,
    };
  };
  const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params))[0].n);
  const eventsOf = (caseId: string) =>
    count(`SELECT count(*) AS n FROM ${OUTBOX_WRITES} WHERE message_key = $1`, [caseId]);

  function opened(overrides: Partial<CaseOpenedV1> = {}): CaseOpenedV1 {
    return {
      caseId: randomUUID(),
      organisation: 'municipality',
      team: 'stadsbeheer',
      priority: 'normal',
      sla: { amount: 3, unit: 'days', calendar: 'working' },
      category: { main: 'afval', sub: 'grofvuil', sensitivity: 1 },
      report: {
        reportId: randomUUID(),
        reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
        description: `Grofvuil bij de container (${run})`,
        location: { lat: 52.0907, lon: 5.1214 },
        submittedAt: new Date().toISOString(),
        reporterTier: 'resident',
        areaIds: ['BU03440100'],
      },
      decision: { policyId: 'default', policyVersion: 1, ruleId: 'afval', explanation: 'Rule afval matched' },
      openedAt: new Date().toISOString(),
      ...overrides,
    };
  }

  async function publish(envelope: EventEnvelope<CaseOpenedV1>): Promise<void> {
    await producer.send({
      topic: CaseOpened.topic,
      messages: [{ key: envelope.payload.caseId, value: JSON.stringify(envelope) }],
    });
  }

  /** Routing opens a case; the workbench has it once it answers for it. */
  async function caseOpenedFor(payload: CaseOpenedV1, who: keyof typeof tokens = 'municipality') {
    await publish(buildEnvelope(CaseOpened, payload, 'routing'));
    return expectEventually(
      async () => {
        const response = await http(who, 'GET', `/${payload.caseId}`);
        expect(response.status).toBe(200);
        return response.body;
      },
      { timeoutMs: 60_000 },
    );
  }

  it('records the case routing opened, once, even when the event comes twice', async () => {
    const payload = opened();
    const envelope = buildEnvelope(CaseOpened, payload, 'routing');
    await publish(envelope);
    await publish(envelope);
    const file = await expectEventually(
      async () => {
        const response = await http('municipality', 'GET', `/${payload.caseId}`);
        expect(response.status).toBe(200);
        return response.body;
      },
      { timeoutMs: 60_000 },
    );
    expect(file).toMatchObject({
      id: payload.caseId,
      status: 'new',
      version: 1,
      sla: {
        amount: 3,
        unit: 'days',
        calendar: 'working',
        dueAt: slaDueDate(new Date(payload.openedAt), payload.sla, WorkingCalendar.of()).toISOString(),
      },
      routing: { policyId: 'default', policyVersion: 1, ruleId: 'afval', explanation: 'Rule afval matched' },
      reports: [
        {
          reportId: payload.report.reportId,
          description: payload.report.description,
          areaIds: ['BU03440100'],
        },
      ],
      timeline: [{ kind: 'case-opened', actor: null }],
    });
    expect(JSON.stringify(file)).not.toContain(payload.report.reporterRef);
    await expectEventually(async () =>
      expect(await count(`SELECT count(*) AS n FROM inbox_messages WHERE event_id = $1`, [envelope.id])).toBe(
        1,
      ),
    );
    expect(await count(`SELECT count(*) AS n FROM cases WHERE id = $1`, [payload.caseId])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM case_timeline WHERE case_id = $1`, [payload.caseId])).toBe(
      1,
    );
    expect(
      await count(
        `SELECT count(*) AS n FROM case_reports WHERE reporter_tier IS NULL OR description LIKE 'rr_%'`,
        [],
      ),
    ).toBe(0);
  });

  it('hides a case from another organisation as if it did not exist, in every list and filter', async () => {
    const payload = opened();
    await caseOpenedFor(payload);
    const foreign = await http('police', 'GET', `/${payload.caseId}`);
    const missing = await http('police', 'GET', `/${randomUUID()}`);
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(Object.keys(foreign.body).sort()).toEqual(Object.keys(missing.body).sort());
    for (const query of ['', '?status=new', '?team=stadsbeheer', '?limit=100']) {
      const list = await http('police', 'GET', query);
      expect(list.status).toBe(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(payload.caseId);
      expect(list.body.items.every((c: { organisation: string }) => c.organisation === 'police')).toBe(true);
    }
    expect(
      (await http('police', 'POST', `/${payload.caseId}/notes`, { visibility: 'internal', text: 'x' }))
        .status,
    ).toBe(404);
    expect(
      (
        await http('police', 'POST', `/${payload.caseId}/transitions`, {
          transition: 'assign',
          expectedVersion: 1,
        })
      ).status,
    ).toBe(404);
    // routed by a rule and within its SLA: not in triage, so not the coordinator's either; every refusal audited
    expect((await http('coordinator', 'GET', `/${payload.caseId}`)).status).toBe(404);
    const refused = await db.query(
      `SELECT actor_username, details->>'purpose' AS purpose FROM audit_log_entries
        WHERE case_id = $1 AND action = 'case.access-refused' AND actor_username <> 'gemeente.stadsbeheer' ORDER BY sequence`,
      [payload.caseId],
    );
    // (the municipality's own polls before the case arrived were refusals too: a 404 for a case not there yet)
    expect(refused.map((r: { actor_username: string; purpose: string }) => `${r.actor_username}:${r.purpose}`)).toEqual([
      'politie.wijkagent:read',
      'politie.wijkagent:work',
      'politie.wijkagent:work',
      'coordinator:read',
    ]);
  });

  it('shows a coordinator a case in triage to read, never to work', async () => {
    const payload = opened({ decision: { policyId: 'default', policyVersion: 1, ruleId: null, explanation: 'No rule matched: fallback' } });
    await caseOpenedFor(payload);
    const file = await http('coordinator', 'GET', `/${payload.caseId}`);
    expect(file.status).toBe(200);
    expect(file.body.reports.map((r: { description: string }) => r.description)).toEqual([payload.report.description]);
    const assign = await http('coordinator', 'POST', `/${payload.caseId}/transitions`, { transition: 'assign', expectedVersion: 1 });
    expect(assign).toMatchObject({ status: 403, body: { type: expect.stringMatching(/case-not-yours$/) } });
    const note = await http('coordinator', 'POST', `/${payload.caseId}/notes`, { visibility: 'internal', text: 'Gezien' });
    expect(note.status).toBe(403);
    expect((await http('municipality', 'GET', `/${payload.caseId}`)).body).toMatchObject({ status: 'new', version: 1, assignee: null });
    const read = await db.query(`SELECT details FROM audit_log_entries WHERE case_id = $1 AND action = 'case.read' AND actor_username = 'coordinator'`, [payload.caseId]);
    expect(read.map((r: { details: Record<string, unknown> }) => r.details)).toEqual([expect.objectContaining({ oversight: true })]);
  });

  it('works a case to closed, one status-changed event per step and case-closed at the end, refusing what the lifecycle does not allow', async () => {
    const payload = opened();
    await caseOpenedFor(payload);
    const step = (body: Record<string, unknown>) =>
      http('municipality', 'POST', `/${payload.caseId}/transitions`, body);

    const illegal = await step({ transition: 'resolve', resolutionCode: 'solved', expectedVersion: 1 });
    expect(illegal).toMatchObject({
      status: 409,
      body: { type: expect.stringMatching(/illegal-transition$/), allowedTransitions: ['assign', 'wait', 'refer'] },
    });
    expect(illegal.type).toMatch(/application\/problem\+json/);

    expect((await step({ transition: 'assign', expectedVersion: 1 })).body).toMatchObject({
      status: 'assigned',
      version: 2,
    });
    const stale = await step({ transition: 'start', expectedVersion: 1 });
    expect(stale).toMatchObject({
      status: 409,
      body: { type: expect.stringMatching(/stale-version$/), currentVersion: 2 },
    });
    expect((await step({ transition: 'start', expectedVersion: 2 })).body).toMatchObject({
      status: 'in_progress',
      version: 3,
    });
    expect((await step({ transition: 'resolve', expectedVersion: 3 })).status).toBe(400);
    expect(
      (await step({ transition: 'resolve', resolutionCode: 'solved', expectedVersion: 3 })).body,
    ).toMatchObject({
      status: 'resolved',
      version: 4,
      resolutionCode: 'solved',
    });
    expect((await step({ transition: 'close', expectedVersion: 4 })).body).toMatchObject({
      status: 'closed',
      allowedTransitions: ['reopen'],
    });

    const events = await db.query(
      `SELECT envelope->>'type' AS type, envelope->'payload' AS payload FROM ${OUTBOX_WRITES}
        WHERE message_key = $1 ORDER BY sequence`,
      [payload.caseId],
    );
    type Row = { type: string; payload: { from?: string; to?: string; caseVersion: number; resolutionCode?: string } };
    expect(
      events.map((e: Row) =>
        e.type === 'case.status-changed'
          ? [e.type, e.payload.from, e.payload.to, e.payload.caseVersion]
          : [e.type, e.payload.resolutionCode, e.payload.caseVersion],
      ),
    ).toEqual([
      ['case.status-changed', 'new', 'assigned', 2],
      ['case.status-changed', 'assigned', 'in_progress', 3],
      ['case.status-changed', 'in_progress', 'resolved', 4],
      ['case.status-changed', 'resolved', 'closed', 5],
      ['case.closed', 'solved', 5],
    ]);
  });

  it('lets one of two simultaneous changes win and answers the other with a 409, writing one event', async () => {
    const payload = opened();
    await caseOpenedFor(payload);
    const before = await eventsOf(payload.caseId);
    const answers = await Promise.all([
      http('municipality', 'POST', `/${payload.caseId}/transitions`, {
        transition: 'assign',
        expectedVersion: 1,
      }),
      http('municipality', 'POST', `/${payload.caseId}/transitions`, {
        transition: 'wait',
        reason: 'Wacht op aannemer',
        expectedVersion: 1,
      }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(await eventsOf(payload.caseId)).toBe(before + 1);
    expect((await http('municipality', 'GET', `/${payload.caseId}`)).body.version).toBe(2);
  });

  it('keeps internal notes inside the organisation and sends only notes for the reporter out', async () => {
    // routed by the fallback: in triage, so the coordinator reads the case file, but not its internal notes
    const payload = opened({ decision: { policyId: 'default', policyVersion: 1, ruleId: null, explanation: 'No rule matched: fallback' } });
    await caseOpenedFor(payload);
    const secret = `Buurman op nr. 14 belde ook (${run})`;
    const internal = await http('municipality', 'POST', `/${payload.caseId}/notes`, {
      visibility: 'internal',
      text: secret,
    });
    const forReporter = await http('municipality', 'POST', `/${payload.caseId}/notes`, {
      visibility: 'reporter',
      text: 'Opgehaald, dank!',
    });
    expect([internal.status, forReporter.status]).toEqual([201, 201]);

    const own = await http('municipality', 'GET', `/${payload.caseId}`);
    expect(own.body.notes.map((n: { visibility: string }) => n.visibility)).toEqual(['internal', 'reporter']);
    const coordinator = await http('coordinator', 'GET', `/${payload.caseId}`);
    expect(coordinator.body.notes.map((n: { visibility: string }) => n.visibility)).toEqual(['reporter']);
    expect(JSON.stringify(coordinator.body)).not.toContain(internal.body.id);

    const out = await db.query(`SELECT topic, envelope FROM ${OUTBOX_WRITES} WHERE message_key = $1`, [
      payload.caseId,
    ]);
    expect(out.map((m: { topic: string }) => m.topic)).toEqual(['loket.case.reporter-note-added.v1']);
    expect(out[0].envelope.payload).toMatchObject({
      caseId: payload.caseId,
      noteId: forReporter.body.id,
      organisation: 'municipality',
      text: 'Opgehaald, dank!',
    });
    expect(JSON.stringify(await db.query(`SELECT envelope FROM ${OUTBOX_WRITES}`))).not.toContain(secret);
  });

  it('answers bad input with a 400 problem naming the fields, and writes nothing', async () => {
    const payload = opened();
    await caseOpenedFor(payload);
    const before = {
      events: await eventsOf(payload.caseId),
      notes: await count(`SELECT count(*) AS n FROM case_notes WHERE case_id = $1`, [payload.caseId]),
    };
    const bad: [string, string, unknown, string[]][] = [
      ['POST', `/${payload.caseId}/transitions`, { transition: 'fly', expectedVersion: 1 }, ['transition']],
      ['POST', `/${payload.caseId}/transitions`, { transition: 'assign' }, ['expectedVersion']],
      [
        'POST',
        `/${payload.caseId}/transitions`,
        { transition: 'start', assignee: 'x', expectedVersion: 1 },
        ['assignee'],
      ],
      ['POST', `/${payload.caseId}/notes`, { visibility: 'public', text: '' }, ['visibility', 'text']],
      ['POST', `/${payload.caseId}/notes`, { visibility: 'reporter', text: 'x'.repeat(4001) }, ['text']],
      ['GET', '?limit=0&status=open', undefined, ['limit', 'status']],
      ['GET', '?cursor=bm9wZQ', undefined, ['cursor']],
    ];
    for (const [method, path, body, fields] of bad) {
      const response = await http('municipality', method, path, body);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.type).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(fields),
      );
    }
    expect(await eventsOf(payload.caseId)).toBe(before.events);
    expect(await count(`SELECT count(*) AS n FROM case_notes WHERE case_id = $1`, [payload.caseId])).toBe(
      before.notes,
    );
  });

  it('pages through a queue with the cursor, newest first, without gaps or repeats', async () => {
    const base = Date.now() + 86_400_000; // in the future: these are the newest cases of the test database
    const team = `team-${run}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const payload = opened({ team, openedAt: new Date(base + (i % 3) * 1000).toISOString() });
      ids.push(payload.caseId);
      await caseOpenedFor(payload);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await http(
        'municipality',
        'GET',
        `?team=${team}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(ids));
    const whole = await http('municipality', 'GET', `?team=${team}&limit=100`);
    expect(whole.body.items.map((c: { id: string }) => c.id)).toEqual(seen);
  });
});
