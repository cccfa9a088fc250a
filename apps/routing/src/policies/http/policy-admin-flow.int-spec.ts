import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { ReportSubmitted } from '@loket/contracts';
import { expectEventually, publishEvent, randomPlace, tokenFor } from '@loket/testing';
import { routingConfigFromEnv } from '../../routing.config';
import { routingModule } from '../../routing.module';

// Response bodies are read loosely here: the assertions say what they must hold.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The administrator's flow over HTTP with a real token: draft, validate, simulate, publish, and the next report. */
describe('routing policy administration (real Keycloak, PostgreSQL and Kafka)', () => {
  const run = randomBytes(4).toString('hex');
  const env = {
    ...process.env,
    LOKET_ROUTING_DB_NAME: `loket_policy_flow_routing_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-routing-policy-flow-${run}`,
  };
  const routingConfig = routingConfigFromEnv(env);
  let routing: INestApplication;
  let routingUrl: string;
  let admin: string;

  const api = async (method: string, path: string, body?: unknown, token = admin) => {
    const response = await fetch(`${routingUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  /** A report as intake would publish it. */
  const submit = async (description: string, location = randomPlace()) => {
    const reportId = randomUUID();
    await publishEvent(ReportSubmitted, {
      reportId,
      reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
      description,
      category: { main: 'afval', sub: 'grofvuil' },
      location,
      submittedAt: new Date().toISOString(),
      reporterTier: 'anonymous',
      channel: 'web',
    });
    return reportId;
  };
  const decisionOf = (reportId: string) =>
    expectEventually(async () => {
      const response = await api('GET', `/api/v1/decisions/${reportId}`);
      expect(response.status).toBe(200);
      return response.body as Json;
    }, { timeoutMs: 60_000 });

  beforeAll(async () => {
    const http = { host: '127.0.0.1', port: 0, logLevel: 'warn' as const };
    routing = await startService({ service: 'routing', title: 'routing', module: routingModule(routingConfig), ...http, beforeListen: connectEventConsumers });
    routingUrl = (await routing.getUrl()).replace('[::1]', '127.0.0.1');
    admin = await tokenFor('admin');
  });
  afterAll(async () => {
    await routing?.close();
    await dropDatabase(routingConfig.database);
  });

  it('routes by the seeded policy until a new version is published, then by the new one, each with its explanation', async () => {
    const before = await decisionOf(await submit('Bankstel naast de container'));
    expect(before).toMatchObject({ policy: { id: 'default', version: 1 }, outcome: { organisation: 'municipality', team: 'stadsbeheer' } });

    const draft = await api('POST', '/api/v1/policies/default/drafts', {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ version: 2, status: 'draft' });
    const bulkyWaste = {
      id: 'grofvuil-handhaving',
      name: 'Grofvuil gaat naar handhaving',
      conditions: { categories: ['grofvuil'] },
      outcome: { organisation: 'municipality', team: 'handhaving', priority: 'high', sla: { amount: 2, unit: 'days', calendar: 'working' } },
    };
    const edited = await api('PUT', '/api/v1/policies/default/versions/2', { rules: [bulkyWaste, ...draft.body.rules], fallback: draft.body.fallback });
    expect(edited.status).toBe(200);

    const validation = await api('POST', '/api/v1/policies/default/versions/2/validate');
    expect(validation.body.publishable).toBe(true);

    const simulation = await api('POST', '/api/v1/policies/default/versions/2/simulate', { lastReports: 100 });
    expect(simulation.status).toBe(200);
    expect(simulation.body.changed.map((c: { reportId: string }) => c.reportId)).toContain(before.reportId);
    expect(simulation.body.changed[0].after.explanation).toContain('grofvuil-handhaving');

    const published = await api('POST', '/api/v1/policies/default/versions/2/publish');
    expect(published.status).toBe(200);

    const after = await decisionOf(await submit('Matras en kast bij de container'));
    expect(after).toMatchObject({ policy: { id: 'default', version: 2 }, ruleId: 'grofvuil-handhaving', outcome: { team: 'handhaving' } });
    expect(after.explanation).toContain('grofvuil-handhaving');

    const versions = await api('GET', '/api/v1/policies');
    expect(versions.body.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'retired']]);
  });

  it('imports an area drawn by an administrator and routes reports inside it by a rule on that area', async () => {
    const square = (lon: number, lat: number, d: number) => [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]];
    const areaId = `custom-flow-${run}`;
    const centre = randomPlace();
    const imported = await api('POST', '/api/v1/areas/import', {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: areaId, properties: { name: 'Rond het station', kind: 'custom' }, geometry: { type: 'Polygon', coordinates: square(centre.lon, centre.lat, 0.01) } }],
    });
    expect(imported).toMatchObject({ status: 201, body: { imported: 1, created: [areaId] } });
    expect((await api('GET', `/api/v1/areas/${areaId}`)).body).toMatchObject({ id: areaId, kind: 'custom' });

    const draft = await api('POST', '/api/v1/policies/default/drafts', {});
    const stationRule = {
      id: 'station-grofvuil',
      name: 'Grofvuil rond het station',
      conditions: { categories: ['afval'], areas: [areaId] },
      outcome: { organisation: 'municipality', team: 'wijkteam-coordinatie', priority: 'normal', sla: { amount: 1, unit: 'days', calendar: 'working' } },
    };
    await api('PUT', `/api/v1/policies/default/versions/${draft.body.version}`, { rules: [stationRule, ...draft.body.rules], fallback: draft.body.fallback });
    expect((await api('POST', `/api/v1/policies/default/versions/${draft.body.version}/publish`)).status).toBe(200);

    const inside = await decisionOf(await submit('Afval bij het station', centre));
    const outside = await decisionOf(await submit('Afval elders', { lat: centre.lat + 0.1, lon: centre.lon }));
    expect(inside).toMatchObject({ ruleId: 'station-grofvuil', outcome: { team: 'wijkteam-coordinatie' } });
    expect(inside.explanation).toContain(areaId);
    expect(outside.ruleId).not.toBe('station-grofvuil');
  });

  it('refuses invalid geometry with a 400 naming the feature, importing nothing', async () => {
    const response = await api('POST', '/api/v1/areas/import', {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: `ok-${run}`, properties: { name: 'Goed', kind: 'custom' }, geometry: { type: 'Polygon', coordinates: [[[4, 52], [4.1, 52], [4.1, 52.1], [4, 52]]] } },
        { type: 'Feature', id: `bowtie-${run}`, properties: { name: 'Vlinderdas', kind: 'custom' }, geometry: { type: 'Polygon', coordinates: [[[4, 52], [4.1, 52.1], [4.1, 52], [4, 52.1], [4, 52]]] } },
      ],
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.errors)).toMatch(/features\[(1|bowtie)/);
    expect((await api('GET', `/api/v1/areas/ok-${run}`)).status).toBe(404);
  });

  it('refuses to publish a draft with errors, and says which', async () => {
    const draft = await api('POST', '/api/v1/policies/default/drafts', {});
    const broken = { id: 'nowhere', name: 'Naar een onbekende organisatie', conditions: { categories: ['afval'] }, outcome: { organisation: 'ministry', team: 'x', priority: 'normal', sla: { amount: 1, unit: 'days', calendar: 'calendar' } } };
    await api('PUT', `/api/v1/policies/default/versions/${draft.body.version}`, { rules: [broken], fallback: null });
    const published = await api('POST', `/api/v1/policies/default/versions/${draft.body.version}/publish`);
    expect(published.status).toBe(422);
    expect(published.body.issues.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['unknown-organisation', 'missing-fallback']));
  });

  it('lets a coordinator simulate but not edit, and answers bad input with a 400 problem', async () => {
    const coordinator = await tokenFor('coordinator');
    expect((await api('POST', '/api/v1/policies/default/drafts', {}, coordinator)).status).toBe(403);
    expect((await api('GET', '/api/v1/policies', undefined, coordinator)).status).toBe(200);
    const bad = await api('PUT', '/api/v1/policies/default/versions/1', { rules: [{ id: '' }], fallback: 'anywhere' });
    expect(bad.status).toBe(400);
  });

  it('keeps who made and published each version, diffs two versions in plain words, and retires only what is not in force', async () => {
    const current = (await api('GET', '/api/v1/policies/default/versions')).body.find((v: Json) => v.status === 'published');
    const draft = await api('POST', '/api/v1/policies/default/drafts', {});
    const [first, second, ...rest] = draft.body.rules as Json[];
    const team = second.outcome.team === 'handhaving' ? 'stadsbeheer' : 'handhaving';
    const changed = { ...second, outcome: { ...second.outcome, team } };
    await api('PUT', `/api/v1/policies/default/versions/${draft.body.version}`, { rules: [changed, first, ...rest], fallback: draft.body.fallback });

    const history = await api('GET', '/api/v1/policies/default/versions');
    expect(history.status).toBe(200);
    expect(history.body[0]).toMatchObject({ version: draft.body.version, status: 'draft', createdBy: 'admin', publishedBy: null });
    expect(history.body.find((v: Json) => v.version === current.version)).toMatchObject({ createdBy: 'admin', publishedBy: 'admin', publishedAt: expect.any(String) });
    expect(history.body.find((v: Json) => v.version === 1)).toMatchObject({ status: 'retired', createdBy: null, retiredBy: 'admin' });

    const diff = await api('GET', `/api/v1/policies/default/diff?from=${current.version}&to=${draft.body.version}`);
    expect(diff.status).toBe(200);
    expect(diff.body.changes).toEqual([
      expect.objectContaining({ kind: 'rule-changed', ruleId: second.id, fields: [{ field: 'team', before: second.outcome.team, after: team }] }),
      expect.objectContaining({ kind: 'rule-moved', ruleId: first.id, from: 1, to: 2 }),
    ]);
    expect(diff.body.changes[0].text).toContain(`team ${second.outcome.team} → ${team}`);
    expect((await api('GET', '/api/v1/policies/default/diff?from=x&to=2')).status).toBe(400);

    const inForce = await api('POST', `/api/v1/policies/default/versions/${current.version}/retire`);
    expect(inForce.status).toBe(409);
    expect(inForce.body).toMatchObject({ title: 'The version in force cannot be retired', detail: expect.stringContaining('publish another version') });
    const coordinator = await tokenFor('coordinator');
    expect((await api('POST', `/api/v1/policies/default/versions/${draft.body.version}/retire`, undefined, coordinator)).status).toBe(403);
    expect((await api('GET', `/api/v1/policies/default/diff?from=1&to=${current.version}`, undefined, coordinator)).status).toBe(200);

    const retired = await api('POST', `/api/v1/policies/default/versions/${draft.body.version}/retire`);
    expect(retired).toMatchObject({ status: 200, body: { status: 'retired' } });
    expect((await api('POST', `/api/v1/policies/default/versions/${draft.body.version}/retire`)).status).toBe(409);
    expect((await api('GET', '/api/v1/policies/default/versions')).body[0]).toMatchObject({ status: 'retired', retiredBy: 'admin', retiredAt: expect.any(String) });
    expect((await api('POST', `/api/v1/policies/default/versions/${draft.body.version}/publish`)).status).toBe(409);
  });
});
