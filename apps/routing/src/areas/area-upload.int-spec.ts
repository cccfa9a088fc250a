import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { randomPlace, tokenFor } from '@loket/testing';
import { ROUTING_ROUTE_BODY_LIMITS, routingConfigFromEnv } from '../routing.config';
import { routingModule } from '../routing.module';

// Response bodies are read loosely here: the assertions say what they must hold.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The administrator uploads neighbourhoods: preview with problems marked, publish refused until fixed, areas in force. */
describe('area upload (real Keycloak, PostgreSQL and Kafka)', () => {
  const run = randomBytes(4).toString('hex');
  const env = { ...process.env, LOKET_ROUTING_DB_NAME: `loket_area_upload_${run}`, LOKET_KAFKA_GROUP_ID: `loket-routing-area-upload-${run}` };
  const config = routingConfigFromEnv(env);
  let routing: INestApplication;
  let url: string;
  let admin: string;

  const api = async (method: string, path: string, body?: unknown, token = admin) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  const centre = randomPlace();
  const square = (dx: number, size = 0.01) => [[[centre.lon + dx, centre.lat], [centre.lon + dx + size, centre.lat], [centre.lon + dx + size, centre.lat + size], [centre.lon + dx, centre.lat + size], [centre.lon + dx, centre.lat]]];
  const feature = (id: string, name: string, coordinates: unknown) => ({ type: 'Feature', id, properties: { name, kind: 'buurt' }, geometry: { type: 'Polygon', coordinates } });
  const ids = { west: `BU-W-${run}`, east: `BU-E-${run}` };

  beforeAll(async () => {
    routing = await startService({
      service: 'routing',
      title: 'routing',
      module: routingModule(config),
      host: '127.0.0.1',
      port: 0,
      logLevel: 'warn',
      bodyLimit: '1mb',
      routeBodyLimits: ROUTING_ROUTE_BODY_LIMITS,
      beforeListen: connectEventConsumers,
    });
    url = (await routing.getUrl()).replace('[::1]', '127.0.0.1');
    admin = await tokenFor('admin');
  });
  afterAll(async () => {
    await routing?.close();
    await dropDatabase(config.database);
  });

  it('previews an upload with its bad feature marked, refuses to publish it, and publishes it once fixed', async () => {
    const overlapping = { type: 'FeatureCollection', features: [feature(ids.west, 'West', square(0)), feature(ids.east, 'Oost', square(0.005))] };
    const preview = await api('POST', '/api/v1/areas/preview', overlapping);
    expect(preview.status).toBe(200);
    expect(preview.body.publishable).toBe(false);
    expect(preview.body.features.map((f: Json) => [f.id, f.problems.map((p: Json) => p.code)])).toEqual([[ids.west, ['overlap']], [ids.east, ['overlap']]]);
    expect(preview.body.features[1].geometry.type).toBe('Polygon');

    const refused = await api('POST', '/api/v1/areas/import', overlapping);
    expect(refused.status).toBe(400);
    expect(refused.body.problems.map((p: Json) => p.code)).toEqual(['overlap', 'overlap']);
    expect((await api('GET', `/api/v1/areas/${ids.west}`)).status).toBe(404);

    const fixed = { type: 'FeatureCollection', features: [feature(ids.west, 'West', square(0)), feature(ids.east, 'Oost', square(0.01))] };
    expect((await api('POST', '/api/v1/areas/preview', fixed)).body).toMatchObject({ publishable: true, problems: [] });
    expect(await api('POST', '/api/v1/areas/import', fixed)).toMatchObject({ status: 201, body: { imported: 2, created: [ids.west, ids.east] } });

    const inForce = await api('GET', '/api/v1/areas/feature-collection');
    expect(inForce.status).toBe(200);
    expect(inForce.body.features.find((f: Json) => f.id === ids.east)).toMatchObject({ properties: { name: 'Oost', kind: 'buurt' }, geometry: { type: 'Polygon' } });

    const overInForce = await api('POST', '/api/v1/areas/preview', { type: 'FeatureCollection', features: [feature(`BU-X-${run}`, 'Ertussen', square(0.005))] });
    expect(overInForce.body.problems.map((p: Json) => p.other).sort()).toEqual([ids.east, ids.west]);
    expect(overInForce.body.problems[0].message).toContain('which is in force');
  });

  it('lets only administrators upload, and takes a large body only on the upload routes', async () => {
    const coordinator = await tokenFor('coordinator');
    expect((await api('POST', '/api/v1/areas/preview', { type: 'FeatureCollection', features: [] }, coordinator)).status).toBe(403);
    expect((await api('GET', '/api/v1/areas/feature-collection', undefined, coordinator)).status).toBe(200);

    const ring = Array.from({ length: 30_000 }, (_, i) => [centre.lon + 0.01 * Math.cos((2 * Math.PI * i) / 30_000), centre.lat + 0.01 * Math.sin((2 * Math.PI * i) / 30_000)]);
    const big = { type: 'FeatureCollection', features: [feature(`BU-BIG-${run}`, 'Groot', [[...ring, ring[0]]])] };
    expect(JSON.stringify(big).length).toBeGreaterThan(1_000_000);
    const preview = await api('POST', '/api/v1/areas/preview', big);
    expect(preview.status).toBe(200);
    expect(preview.body.problems).toEqual([expect.objectContaining({ code: 'too-many-vertices', feature: 0 })]);

    const policy = await api('PUT', '/api/v1/policies/default/versions/1', JSON.stringify({ rules: [], fallback: null, padding: 'x'.repeat(1_100_000) }));
    expect(policy.status).toBe(400);
    expect(policy.body.detail).toBe('The body exceeds the size limit');
    expect((await api('POST', '/api/v1/areas/preview', 'not json')).status).toBe(400);
  });
});
