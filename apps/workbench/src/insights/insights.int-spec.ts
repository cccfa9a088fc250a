import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  CaseMerged,
  CaseOpened,
  CaseOpenedV1,
  CaseReportLinked,
  CaseStatus,
  CaseStatusChanged,
  EventDefinition,
  FeedbackDelivered,
  FeedbackReopenRequested,
  FeedbackSatisfactionRecorded,
  FeedbackStage,
} from '@loket/contracts';
import { startService } from '@loket/http';
import { FIGURE_NAMES, parseCsv, periodStart } from '@loket/insights';
import { buildEnvelope, connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, testKafka, tokenFor } from '@loket/testing';
import { SERVICE, workbenchConfigFromEnv } from '../workbench.config';
import { workbenchModule } from '../workbench.module';

/**
 * Insights from events on the real broker, into the workbench's own fresh database, read over HTTP with real
 * Keycloak tokens. The broker is shared and a fresh consumer group reads every topic from the beginning, so
 * this run's events lie in a week of its own, far in the past (picked from the minute the run starts, so runs
 * within a month never share one), in areas of its own: nothing else lands in the table asked for.
 */
describe('workbench insights (real PostgreSQL, Kafka and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const config = workbenchConfigFromEnv({
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_test_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-test-${run}`,
  });
  const HOUR = 3_600_000;
  const week = new Date(
    periodStart(new Date(Date.UTC(1000, 0, 10)), 'week').getTime() +
      (Math.floor(Date.now() / 60_000) % 45_000) * 7 * 24 * HOUR,
  );
  const at = (hours: number) => new Date(week.getTime() + 8 * HOUR + hours * HOUR).toISOString();
  const area = { a: `test-insights-${run}-a`, b: `test-insights-${run}-b`, c: `test-insights-${run}-c` };
  const ref = () => `rr_${randomBytes(16).toString('base64url')}`;
  let app: INestApplication;
  let db: DataSource;
  let url: string;
  let producer: Producer;
  const tokens = { coordinator: '', admin: '', professional: '' };
  const published: string[] = [];

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
    url = `${await app.getUrl()}/api/v1/insights`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    producer = testKafka(`insights-test-${run}`).producer({
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    [tokens.coordinator, tokens.admin, tokens.professional] = await Promise.all(
      ['coordinator', 'admin', 'gemeente.stadsbeheer'].map((user) => tokenFor(user)),
    );
  });
  afterAll(async () => {
    await producer?.disconnect();
    await app?.close();
    await dropDatabase(config.database);
  });

  async function publish<P extends object>(
    definition: EventDefinition<P>,
    payloads: P[],
    producerName: string,
  ): Promise<void> {
    const envelopes = payloads.map((payload) => buildEnvelope(definition, payload, producerName));
    published.push(...envelopes.map((e) => e.id));
    await producer.send({
      topic: definition.topic,
      messages: envelopes.map((e) => ({ key: definition.keyOf(e.payload), value: JSON.stringify(e) })),
    });
  }

  /** The projection caught up: every event this test published is in the inbox. */
  const caughtUp = () =>
    expectEventually(
      async () => {
        const [{ n }] = await db.query(
          `SELECT count(*)::int AS n FROM inbox_messages WHERE event_id = ANY($1::uuid[])`,
          [published],
        );
        expect(n).toBe(published.length);
      },
      { timeoutMs: 110_000, intervalMs: 500 },
    );

  const get = async (who: keyof typeof tokens | null, query: string, accept = 'application/json') => {
    const response = await fetch(`${url}${query}`, {
      headers: { accept, ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}) },
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  function opened(caseId: string, reporterRef: string, areaId: string, hours: number): CaseOpenedV1 {
    return {
      caseId,
      organisation: 'municipality',
      team: 'stadsbeheer',
      priority: 'normal',
      sla: { amount: 24, unit: 'hours', calendar: 'calendar' },
      category: { main: 'afval', sub: 'grofvuil', sensitivity: 1 },
      report: {
        reportId: randomUUID(),
        reporterRef,
        description: `Grofvuil (${run})`,
        location: { lat: 52.0907, lon: 5.1214 },
        submittedAt: at(hours),
        reporterTier: 'resident',
        areaIds: [areaId],
      },
      decision: { policyId: 'default', policyVersion: 1, ruleId: 'afval', explanation: 'Rule afval matched' },
      openedAt: at(hours),
    };
  }

  it('counts exactly what the events say, suppresses small cells, and gives the same table as CSV', async () => {
    // Area A: seven reporters (r1 reports twice), five cases of which c5 is merged into c1, three reports
    // linked into an existing case (four with c5's after the merge).
    const r = Array.from({ length: 7 }, ref);
    const [c1, c2, c3, c4, c5] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const openings = [
      opened(c1, r[1], area.a, 0),
      opened(c5, r[0], area.a, 0),
      opened(c2, r[3], area.a, 0),
      opened(c3, r[4], area.a, 0),
      opened(c4, r[6], area.a, 0),
    ];
    // Area B: two reporters (suppressed); area C: five (suppressed too, else A − B … would follow from the total).
    const small = [
      ...Array.from({ length: 2 }, () => opened(randomUUID(), ref(), area.b, 1)),
      ...Array.from({ length: 5 }, () => opened(randomUUID(), ref(), area.c, 1)),
    ];
    const linked = [
      [c1, r[2]],
      [c3, r[5]],
      [c4, r[1]],
    ].map(([caseId, reporterRef]) => ({
      caseId,
      organisation: 'municipality',
      report: { ...opened(caseId, reporterRef, area.a, 2).report },
      score: 0.9,
      explanation: 'close in place and time',
      linkedAt: at(2),
    }));
    await publish(CaseOpened, [...openings, ...small], 'routing');
    await publish(CaseReportLinked, linked, 'routing');
    await caughtUp();

    // Pickups after 1, 3, 5 and 49.5 hours; resolutions after 10, 40, 20 and 50 (due after 24); c1, c3, c4 closed.
    const moves: [string, CaseStatus, CaseStatus, number][] = [
      [c1, 'new', 'assigned', 1],
      [c1, 'assigned', 'in_progress', 2],
      [c1, 'in_progress', 'resolved', 10],
      [c1, 'resolved', 'closed', 30],
      [c2, 'new', 'assigned', 3],
      [c2, 'assigned', 'in_progress', 4],
      [c2, 'in_progress', 'resolved', 40],
      [c3, 'new', 'in_progress', 5],
      [c3, 'in_progress', 'resolved', 20],
      [c3, 'resolved', 'closed', 30],
      [c4, 'new', 'waiting', 6],
      [c4, 'waiting', 'in_progress', 49.5],
      [c4, 'in_progress', 'resolved', 50],
      [c4, 'resolved', 'closed', 60],
    ];
    await publish(
      CaseStatusChanged,
      moves.map(([caseId, from, to, hours], i) => ({
        caseId,
        organisation: 'municipality',
        from,
        to,
        resolutionCode: to === 'resolved' ? 'solved' : null,
        caseVersion: i + 2,
        changedAt: at(hours),
      })),
      'workbench',
    );
    const reportOf = (caseId: string, reporterRef: string) =>
      [...openings, ...linked].find((e) => e.caseId === caseId && e.report.reporterRef === reporterRef)!
        .report.reportId;
    const delivered: [string | null, string, string, FeedbackStage][] = [
      [c1, c1, r[1], 'resolved'],
      [c1, c1, r[2], 'closed'],
      [c2, c2, r[3], 'resolved'],
      [c3, c3, r[4], 'picked-up'],
      [null, c3, r[5], 'resolved'], // no case id: counts for the case of the report
      [c4, c4, r[6], 'resolved'],
      [c5, c5, r[0], 'closed'], // about the absorbed case: counts for c1
    ].map(([caseId, reportCase, reporterRef, stage]) => [
      caseId,
      reportOf(reportCase as string, reporterRef as string),
      reporterRef as string,
      stage as FeedbackStage,
    ]);
    await publish(
      FeedbackDelivered,
      delivered.map(([caseId, reportId, reporterRef, stage]) => ({
        messageId: randomUUID(),
        reportId,
        caseId,
        reporterRef,
        stage,
        level: 2,
        channel: 'email' as const,
        deliveredAt: at(61),
      })),
      'feedback',
    );
    await publish(
      CaseMerged,
      [
        {
          survivingCaseId: c1,
          absorbedCaseId: c5,
          reportIds: [reportOf(c5, r[0])],
          reason: 'Dezelfde container',
          mergedAt: at(3),
        },
      ],
      'routing',
    );
    const answers: [string, string, boolean, number][] = [
      [c1, r[1], false, 62],
      [c1, r[1], true, 63],
      [c1, r[2], false, 62],
      [c2, r[3], true, 62],
      [c3, r[4], true, 62],
      [c3, r[5], true, 62],
      [c4, r[6], false, 62],
    ];
    await publish(
      FeedbackSatisfactionRecorded,
      answers.map(([caseId, reporterRef, satisfied, hours]) => ({
        caseId,
        reportId: reportOf(caseId, reporterRef),
        reporterRef,
        satisfied,
        reopenRequested: false,
        recordedAt: at(hours),
      })),
      'feedback',
    );
    await publish(
      FeedbackReopenRequested,
      [
        [c1, r[2]],
        [c4, r[6]],
      ].map(([caseId, reporterRef]) => ({
        requestId: randomUUID(),
        caseId,
        reportId: reportOf(caseId, reporterRef),
        reporterRef,
        redactedRemark: 'Het ligt er nog',
        requestedAt: at(64),
      })),
      'feedback',
    );
    // The same facts again under new event ids (a producer retrying after a crash) change nothing.
    await publish(CaseOpened, [openings[0]], 'routing');
    await publish(
      CaseStatusChanged,
      [
        {
          caseId: c1,
          organisation: 'municipality',
          from: 'in_progress',
          to: 'resolved',
          resolutionCode: 'solved',
          caseVersion: 4,
          changedAt: at(10),
        },
      ],
      'workbench',
    );
    await caughtUp();

    const range = `from=${week.toISOString().slice(0, 10)}&to=${week.toISOString().slice(0, 10)}T00:00:01Z`;
    const response = await get('coordinator', `?groupBy=area&period=week&${range}`);
    expect(response.status).toBe(200);
    const table = JSON.parse(response.text);
    expect(table).toMatchObject({
      groupBy: ['area'],
      period: 'week',
      from: week.toISOString(),
      to: new Date(week.getTime() + 7 * 24 * HOUR).toISOString(),
      minimumReporters: 5,
    });
    const nulls = Object.fromEntries(FIGURE_NAMES.map((name) => [name, null]));
    expect(table.cells).toEqual([
      {
        area: area.a,
        suppressed: false,
        reporters: 7,
        reports: 8,
        cases: 4,
        linkedReports: 4,
        medianHoursToPickup: 4, // 1, 3, 5, 49.5
        medianHoursToResolution: 30, // 10, 20, 40, 50
        slaMetShare: 0.5, // c1 and c3 resolved within 24 hours, c2 and c4 not
        loopClosureRate: 0.75, // 6 of 8 reporter-case pairs heard resolved/closed ((r4,c3) only picked-up, (r1,c4) nothing)
        satisfactionShare: 0.6667, // last answers: r1, r3, r4, r5 satisfied; r2, r6 not
        reopenRate: 0.2857, // 2 of the 7 reporter-case pairs of closed cases
        suppressedFigures: [],
      },
      { area: area.b, suppressed: true, ...nulls, suppressedFigures: [] },
      { area: area.c, suppressed: true, ...nulls, suppressedFigures: [] },
    ]);
    expect(table.total).toMatchObject({
      suppressed: false,
      reporters: 14,
      reports: 15,
      cases: 11,
      linkedReports: 4,
      slaMetShare: 0.1818,
    });

    const byCategory = JSON.parse(
      (await get('coordinator', `?groupBy=category,area&period=week&${range}`)).text,
    );
    expect(
      byCategory.cells.map((c: Record<string, unknown>) => [c.category, c.area, c.suppressed, c.reports]),
    ).toEqual([
      ['afval', area.a, false, 8],
      ['afval', area.b, true, null],
      ['afval', area.c, true, null],
    ]);

    for (const [accept, query] of [
      ['text/csv', ''],
      ['application/json', '&format=csv'],
    ]) {
      const csv = await get('admin', `?groupBy=area&period=week&${range}${query}`, accept);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(csv.headers.get('content-disposition')).toMatch(
        /attachment; filename="loket-insights-area-week-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv"/,
      );
      const [header, ...rows] = parseCsv(csv.text);
      expect(header).toEqual(['scope', 'area', 'suppressed', ...FIGURE_NAMES, 'suppressedFigures']);
      const asCsv = (scope: string, row: Record<string, unknown>) => [
        scope,
        scope === 'total' ? '' : String(row.area),
        String(row.suppressed),
        ...FIGURE_NAMES.map((name) => (row[name] === null ? '' : String(row[name]))),
        (row.suppressedFigures as string[]).join(' '),
      ];
      expect(rows).toEqual([
        ...table.cells.map((row: Record<string, unknown>) => asCsv('cell', row)),
        asCsv('total', table.total),
      ]);
    }
  }, 240_000); // a fresh consumer group reads every topic of the shared broker from the beginning first

  it('is for coordinators and administrators only, and refuses bad input with problem details', async () => {
    expect((await get('professional', '')).status).toBe(403);
    expect((await get(null, '')).status).toBe(401);
    expect((await get('admin', '')).status).toBe(200);
    const openapi = (await (
      await fetch(url.replace('/api/v1/insights', '/api/docs/openapi.json'))
    ).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content: object }> } }>;
    };
    expect(Object.keys(openapi.paths['/api/v1/insights'].get.responses['200'].content)).toEqual([
      'application/json',
      'text/csv',
    ]);
    for (const query of [
      '?groupBy=area,area',
      '?groupBy=street',
      '?period=day',
      '?from=yesterday',
      '?from=2026-05-01&to=2026-01-01',
      '?from=2000-01-01&to=2026-01-01',
      '?format=xml',
      '?secret=1',
    ]) {
      const response = await get('coordinator', query);
      expect([query, response.status, response.headers.get('content-type')]).toEqual([
        query,
        400,
        expect.stringMatching(/application\/problem\+json/),
      ]);
    }
  });
});
