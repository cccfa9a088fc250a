import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseOpened, CaseOpenedV1, FeedbackReopenRequested } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, keepOutboxWrites, OUTBOX_WRITES, publishEvent, tokenFor } from '@loket/testing';
import { SERVICE, workbenchConfigFromEnv } from '../workbench.config';
import { workbenchModule } from '../workbench.module';

type Who = 'stadsbeheer' | 'handhaving' | 'police' | 'coordinator';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of several shapes, asserted by each test
type Json = any;

/**
 * Queues, triage, reopen requests, assignment and handover over HTTP, with the workbench in-process on a fresh
 * database, real Keycloak tokens and cases arriving as routing sends them (case.opened on Kafka).
 */
describe('workbench queues, triage and handover (real PostgreSQL, Kafka and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const config = workbenchConfigFromEnv({
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_queues_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-queues-${run}`,
    LOKET_SLA_AT_RISK_HOURS: '24',
    LOKET_TRIAGE_CONFIDENCE: '0.7',
  });
  let app: INestApplication;
  let db: DataSource;
  let url: string;
  const tokens = {} as Record<Who, string>;
  const subjects = {} as Record<Who, string>;

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
    const users: Record<Who, string> = {
      stadsbeheer: 'gemeente.stadsbeheer',
      handhaving: 'gemeente.handhaving',
      police: 'politie.wijkagent',
      coordinator: 'coordinator',
    };
    for (const [who, user] of Object.entries(users) as [Who, string][]) {
      tokens[who] = await tokenFor(user);
      subjects[who] = JSON.parse(Buffer.from(tokens[who].split('.')[1]!, 'base64url').toString('utf8')).sub;
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await dropDatabase(config.database);
  });

  const http = async (who: Who, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[who]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), body: (text ? JSON.parse(text) : null) as Json };
  };
  /** An area only this run's cases are in: a fresh consumer group also reads other runs' cases from the topic. */
  const mark = `RUN${run}`;
  const ids = (page: Json): string[] => page.body.items.map((c: { id: string }) => c.id);
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

  function opened(overrides: Partial<CaseOpenedV1> & { description?: string; areaIds?: string[] } = {}): CaseOpenedV1 {
    const { description, areaIds, ...rest } = overrides;
    const openedAt = rest.openedAt ?? new Date().toISOString();
    return {
      caseId: randomUUID(),
      organisation: 'municipality',
      team: 'stadsbeheer',
      priority: 'normal',
      sla: { amount: 5, unit: 'days', calendar: 'calendar' },
      category: { main: 'afval', sub: 'grofvuil', sensitivity: 1 },
      report: {
        reportId: randomUUID(),
        reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
        description: description ?? `Grofvuil bij de container (${run})`,
        location: { lat: 52.0907, lon: 5.1214 },
        submittedAt: openedAt,
        reporterTier: 'resident',
        areaIds: [...(areaIds ?? ['BU03440100']), mark],
      },
      decision: { policyId: 'default', policyVersion: 2, ruleId: 'afval', explanation: 'Rule afval matched' },
      openedAt,
      ...rest,
    };
  }

  /** Routing opens the cases; the workbench has them once its database holds each (no caller sees them all). */
  async function open(...payloads: CaseOpenedV1[]): Promise<void> {
    for (const payload of payloads) await publishEvent(CaseOpened, payload, 'routing');
    await expectEventually(
      async () => {
        const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1::uuid[])`, [payloads.map((p) => p.caseId)]);
        expect(n).toBe(payloads.length);
      },
      { timeoutMs: 90_000 },
    );
  }

  async function pageThrough(who: Who, query: string, limit: number): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Json = await http(who, 'GET', `?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...ids(page));
      cursor = page.body.nextCursor;
    } while (cursor);
    return seen;
  }

  describe('filters and sorting', () => {
    const word = `lantaarnpaal${run}`;
    const area = `BU${run}`;
    const lamp = opened({ priority: 'high', description: `De ${word} bij de school is kapot`, areaIds: [area] });
    const urgent = opened({ priority: 'urgent', openedAt: hoursAgo(30), category: { main: 'overlast', sensitivity: 2 } });
    const late = opened({ priority: 'low', openedAt: hoursAgo(72), sla: { amount: 1, unit: 'hours', calendar: 'calendar' } });
    const soon = opened({ priority: 'normal', openedAt: hoursAgo(4), sla: { amount: 8, unit: 'hours', calendar: 'calendar' } });
    const police = opened({
      organisation: 'police',
      team: 'wijkagenten',
      priority: 'urgent',
      description: `Ook de ${word} is stuk`,
      areaIds: [area],
    });
    const municipal = [lamp, urgent, late, soon];

    beforeAll(() => open(...municipal, police), 120_000);

    it('filters by free text, area, priority, category, SLA status and date range', async () => {
      expect(ids(await http('stadsbeheer', 'GET', `?q=${word}&areaId=${mark}`))).toEqual([lamp.caseId]);
      expect(ids(await http('stadsbeheer', 'GET', `?areaId=${area}`))).toEqual([lamp.caseId]);
      expect(ids(await http('stadsbeheer', 'GET', `?priority=urgent&areaId=${mark}`))).toEqual([urgent.caseId]);
      expect(ids(await http('stadsbeheer', 'GET', `?categoryMain=overlast&areaId=${mark}`))).toEqual([urgent.caseId]);
      expect(ids(await http('stadsbeheer', 'GET', `?slaStatus=breached&areaId=${mark}`))).toEqual([late.caseId]);
      expect(ids(await http('stadsbeheer', 'GET', `?slaStatus=at-risk&areaId=${mark}`))).toEqual([soon.caseId]);
      expect(ids(await http('stadsbeheer', 'GET', `?slaStatus=on-track&areaId=${mark}`)).sort()).toEqual([lamp.caseId, urgent.caseId].sort());
      const range = `?openedFrom=${hoursAgo(48)}&openedTo=${hoursAgo(24)}&areaId=${mark}`;
      expect(ids(await http('stadsbeheer', 'GET', range))).toEqual([urgent.caseId]);
      const page = await http('stadsbeheer', 'GET', `?slaStatus=breached&areaId=${mark}`);
      expect(page.body.items[0]).toMatchObject({ slaStatus: 'breached', priority: 'low' });
    });

    it.each([
      ['-openedAt', [lamp, soon, urgent, late]],
      ['openedAt', [late, urgent, soon, lamp]],
      ['dueAt', [late, soon, urgent, lamp]],
      ['-priority', [urgent, lamp, soon, late]],
    ])('sorts by %s and pages through with the cursor without gaps or repeats', async (sort, expected) => {
      const want = (expected as CaseOpenedV1[]).map((p) => p.caseId);
      for (const limit of [1, 3, 100]) expect(await pageThrough('stadsbeheer', `sort=${sort}&areaId=${mark}`, limit)).toEqual(want);
    });

    it('answers bad values with 400 problem details naming the field', async () => {
      const first = await http('stadsbeheer', 'GET', '?sort=dueAt&limit=1');
      for (const [query, field] of [
        ['?sort=size', 'sort'],
        ['?slaStatus=late', 'slaStatus'],
        ['?queue=everything', 'queue'],
        ['?priority=asap', 'priority'],
        ['?openedFrom=yesterday', 'openedFrom'],
        [`?openedFrom=${hoursAgo(1)}&openedTo=${hoursAgo(2)}`, 'openedFrom'],
        ['?areaId=' + encodeURIComponent("x' OR 1=1"), 'areaId'],
        ['?categoryMain=Afval!', 'categoryMain'],
        [`?q=${'x'.repeat(201)}`, 'q'],
        [`?sort=openedAt&cursor=${first.body.nextCursor}`, 'cursor'],
        [`?queue=mine&assignee=someone`, 'assignee'],
      ]) {
        const response = await http('stadsbeheer', 'GET', query!);
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
        expect(response.type).toMatch(/application\/problem\+json/);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect((await http('stadsbeheer', 'GET', '?queue=triage')).status).toBe(403);
    });

    it('never shows another organisation\'s case, in any queue, filter or sort', async () => {
      const queries = [
        '', `?q=${word}`, `?areaId=${area}`, '?priority=urgent', '?sort=-priority', '?sort=dueAt', '?slaStatus=on-track',
        '?queue=organisation', '?queue=team', '?queue=mine', '?status=new', '?team=stadsbeheer', '?categoryMain=afval',
        `?openedFrom=${hoursAgo(100)}`,
      ];
      for (const query of queries) {
        const seen = await http('police', 'GET', query);
        expect({ query, status: seen.status }).toEqual({ query, status: 200 });
        expect(ids(seen).filter((id) => municipal.some((p) => p.caseId === id))).toEqual([]);
        expect(seen.body.items.every((c: { organisation: string }) => c.organisation === 'police')).toBe(true);
      }
      expect(ids(await http('police', 'GET', `?q=${word}`))).toEqual([police.caseId]);
      expect(ids(await http('stadsbeheer', 'GET', `?areaId=${area}`))).not.toContain(police.caseId);
    });
  });

  describe('the coordinators\' triage queue', () => {
    it('holds what no rule routed, low-confidence categories, possibly related cases and SLA breaches, each saying why', async () => {
      const routed = opened();
      const fallback = opened({
        organisation: 'coordinators',
        team: 'triage',
        decision: { policyId: 'default', policyVersion: 2, ruleId: null, explanation: 'No rule matched' },
      });
      const guessed = opened({
        decision: {
          policyId: 'default',
          policyVersion: 2,
          ruleId: 'afval',
          explanation: 'suggested',
          categorySuggestion: { main: 'afval', sub: 'grofvuil', confidence: 0.55, used: true },
        },
      });
      const related = opened({ possiblyRelatedCaseIds: [routed.caseId] });
      const breached = opened({ openedAt: hoursAgo(50), sla: { amount: 1, unit: 'days', calendar: 'calendar' } });
      await open(routed, fallback, guessed, related, breached);

      const triage = await http('coordinator', 'GET', `?queue=triage&limit=100&areaId=${mark}`);
      expect(triage.status).toBe(200);
      const reasonsOf = (caseId: string) =>
        triage.body.items
          .find((c: { id: string }) => c.id === caseId)
          ?.triage.map((t: { reason: string }) => t.reason);
      expect(ids(triage)).not.toContain(routed.caseId);
      expect(reasonsOf(fallback.caseId)).toEqual(['routed-by-fallback']);
      expect(reasonsOf(guessed.caseId)).toEqual(['low-confidence-category']);
      expect(reasonsOf(related.caseId)).toEqual(['possibly-related']);
      expect(reasonsOf(breached.caseId)).toEqual(['sla-breached']);
      const item = triage.body.items.find((c: { id: string }) => c.id === related.caseId);
      expect(item.triage[0]).toMatchObject({ relatedCaseIds: [routed.caseId], explanation: expect.stringMatching(/same incident/) });
      expect(triage.body.items.find((c: { id: string }) => c.id === guessed.caseId).triage[0].explanation).toMatch(
        /confidence 0\.55 \(below 0\.70\)/,
      );

      // Picked up, a case leaves triage for its opening reasons.
      expect((await http('stadsbeheer', 'POST', `/${guessed.caseId}/transitions`, { transition: 'assign', expectedVersion: 1 })).status).toBe(200);
      expect(ids(await http('coordinator', 'GET', `?queue=triage&limit=100&areaId=${mark}`))).not.toContain(guessed.caseId);
    });

    it('takes a reporter\'s reopen request; a coordinator grants one (the case reopens) and declines another', async () => {
      const first = opened();
      const second = opened();
      await open(first, second);
      for (const payload of [first, second]) {
        let version = 1;
        for (const body of [
          { transition: 'assign' },
          { transition: 'start' },
          { transition: 'resolve', resolutionCode: 'solved' },
          { transition: 'close' },
        ]) {
          const step = await http('stadsbeheer', 'POST', `/${payload.caseId}/transitions`, { ...body, expectedVersion: version });
          expect(step.status).toBe(200);
          version = step.body.version;
        }
      }
      const request = (caseId: string, reportId: string) => ({
        requestId: randomUUID(),
        caseId,
        reportId,
        reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
        redactedRemark: 'Het grofvuil ligt er weer',
        requestedAt: new Date().toISOString(),
      });
      const granted = request(first.caseId, first.report.reportId);
      const declined = request(second.caseId, second.report.reportId);
      await publishEvent(FeedbackReopenRequested, granted, 'feedback');
      await publishEvent(FeedbackReopenRequested, declined, 'feedback');
      await publishEvent(FeedbackReopenRequested, granted, 'feedback'); // the same request again changes nothing

      const triage = await expectEventually(
        async () => {
          const page = await http('coordinator', 'GET', `?queue=triage&limit=100&areaId=${mark}`);
          expect(ids(page)).toEqual(expect.arrayContaining([first.caseId, second.caseId]));
          return page;
        },
        { timeoutMs: 90_000 },
      );
      expect(triage.body.items.find((c: { id: string }) => c.id === first.caseId).triage).toEqual([
        expect.objectContaining({ reason: 'reopen-requested', requestId: granted.requestId, remark: 'Het grofvuil ligt er weer' }),
      ]);

      const forbidden = await http('stadsbeheer', 'POST', `/${first.caseId}/reopen-requests/${granted.requestId}/grant`, { expectedVersion: 5 });
      expect(forbidden.status).toBe(403);
      const stale = await http('coordinator', 'POST', `/${first.caseId}/reopen-requests/${granted.requestId}/grant`, { expectedVersion: 4 });
      expect(stale).toMatchObject({ status: 409, body: { type: expect.stringMatching(/stale-version$/) } });
      const grant = await http('coordinator', 'POST', `/${first.caseId}/reopen-requests/${granted.requestId}/grant`, { expectedVersion: 5 });
      expect(grant).toMatchObject({ status: 200, body: { status: 'new', version: 6, assignee: null } });
      const again = await http('coordinator', 'POST', `/${first.caseId}/reopen-requests/${granted.requestId}/grant`, { expectedVersion: 6 });
      // granted, the municipality's case left triage and with it the coordinator's reach: a 404 as for a missing case
      expect(again).toMatchObject({ status: 404 });

      const decline = await http('coordinator', 'POST', `/${second.caseId}/reopen-requests/${declined.requestId}/decline`, {
        reason: 'Nieuw probleem: nieuwe melding nodig',
      });
      expect(decline).toMatchObject({ status: 200, body: { status: 'declined', declineReason: 'Nieuw probleem: nieuwe melding nodig' } });
      expect((await http('stadsbeheer', 'GET', `/${second.caseId}`)).body.status).toBe('closed');

      const after = await http('coordinator', 'GET', `?queue=triage&limit=100&areaId=${mark}`);
      expect(ids(after)).not.toContain(second.caseId);
      expect(ids(after)).not.toContain(first.caseId);

      const file = await http('stadsbeheer', 'GET', `/${first.caseId}`);
      expect(file.body.timeline.map((t: { kind: string }) => t.kind)).toEqual(
        expect.arrayContaining(['reopen-requested', 'status-changed']),
      );
      expect(file.body.timeline.at(-1)).toMatchObject({ kind: 'status-changed' });
      const events = await db.query(
        `SELECT envelope->'payload' AS payload FROM ${OUTBOX_WRITES} WHERE message_key = $1 AND topic = 'loket.case.status-changed.v1' ORDER BY sequence`,
        [first.caseId],
      );
      expect(events.at(-1).payload).toMatchObject({ from: 'closed', to: 'new', caseVersion: 6 });
      const declinedFile = await http('stadsbeheer', 'GET', `/${second.caseId}`);
      expect(declinedFile.body.timeline.at(-1)).toMatchObject({ kind: 'reopen-request-declined' });
      expect(await db.query(`SELECT count(*)::int AS n FROM reopen_requests WHERE request_id = $1`, [granted.requestId])).toEqual([{ n: 1 }]);
    });
  });

  describe('assignment and handover', () => {
    it('assigns only within the case\'s team, hands over to another team of the organisation, all in the timeline', async () => {
      const payload = opened();
      await open(payload);
      await http('handhaving', 'GET', '?queue=mine'); // the workbench now knows gemeente.handhaving and their team
      const path = `/${payload.caseId}`;

      const outsider = await http('stadsbeheer', 'POST', `${path}/transitions`, {
        transition: 'assign',
        assignee: subjects.handhaving,
        expectedVersion: 1,
      });
      expect(outsider).toMatchObject({ status: 409, body: { type: expect.stringMatching(/assignee-not-in-team$/) } });
      const unknown = await http('stadsbeheer', 'POST', `${path}/transitions`, { transition: 'assign', assignee: 'nobody', expectedVersion: 1 });
      expect(unknown.status).toBe(400);

      expect((await http('stadsbeheer', 'POST', `${path}/transitions`, { transition: 'assign', expectedVersion: 1 })).body).toMatchObject({
        status: 'assigned',
        version: 2,
      });
      const badTeam = await http('stadsbeheer', 'POST', `${path}/handover`, { team: 'wijkagenten', expectedVersion: 2, reason: 'Politie' });
      expect(badTeam).toMatchObject({ status: 400, body: { errors: [expect.objectContaining({ field: 'team' })] } });
      const stale = await http('stadsbeheer', 'POST', `${path}/handover`, { team: 'handhaving', expectedVersion: 1, reason: 'Handhaving' });
      expect(stale).toMatchObject({ status: 409, body: { type: expect.stringMatching(/stale-version$/) } });
      const missingReason = await http('stadsbeheer', 'POST', `${path}/handover`, { team: 'handhaving', expectedVersion: 2 });
      expect(missingReason.status).toBe(400);
      expect((await http('police', 'POST', `${path}/handover`, { team: 'handhaving', expectedVersion: 2, reason: 'x' })).status).toBe(404);

      const handed = await http('stadsbeheer', 'POST', `${path}/handover`, { team: 'handhaving', expectedVersion: 2, reason: 'Handhaving gaat erover' });
      expect(handed).toMatchObject({ status: 200, body: { team: 'handhaving', status: 'new', assignee: null, version: 3 } });
      expect(ids(await http('handhaving', 'GET', `?queue=team&limit=100&areaId=${mark}`))).toContain(payload.caseId);
      expect(ids(await http('stadsbeheer', 'GET', `?queue=team&limit=100&areaId=${mark}`))).not.toContain(payload.caseId);

      const colleague = await http('stadsbeheer', 'POST', `${path}/transitions`, {
        transition: 'assign',
        assignee: subjects.handhaving,
        expectedVersion: 3,
      });
      expect(colleague).toMatchObject({ status: 200, body: { status: 'assigned', assignee: subjects.handhaving } });
      expect(ids(await http('handhaving', 'GET', '?queue=mine'))).toEqual([payload.caseId]);

      const file = await http('stadsbeheer', 'GET', path);
      expect(file.body.timeline.map((t: { kind: string }) => t.kind)).toEqual([
        'case-opened',
        'status-changed',
        'handed-over',
        'status-changed',
      ]);
      expect(file.body.timeline[2]).toMatchObject({ details: expect.objectContaining({ fromTeam: 'stadsbeheer', toTeam: 'handhaving' }) });
    });
  });

  it('documents queues, handover and reopen decisions in the OpenAPI document', async () => {
    const document: Json = await (await fetch(url.replace('/api/v1/cases', '/api/docs/openapi.json'))).json();
    const listParameters = document.paths['/api/v1/cases'].get.parameters.map((p: { name: string }) => p.name);
    expect(listParameters).toEqual(
      expect.arrayContaining(['queue', 'status', 'categoryMain', 'categorySub', 'areaId', 'priority', 'slaStatus', 'assignee', 'openedFrom', 'openedTo', 'q', 'sort', 'cursor']),
    );
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/cases/{id}/handover',
        '/api/v1/cases/{id}/reopen-requests/{requestId}/grant',
        '/api/v1/cases/{id}/reopen-requests/{requestId}/decline',
      ]),
    );
  });
});
