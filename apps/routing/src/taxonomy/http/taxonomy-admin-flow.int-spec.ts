import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { Topics } from '@loket/contracts';
import { expectEventually, KafkaProbe, tokenFor } from '@loket/testing';
import { routingConfigFromEnv } from '../../routing.config';
import { routingModule } from '../../routing.module';

// Response bodies are read loosely here: the assertions say what they must hold.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The administrator's taxonomy flow over HTTP with a real token: draft, edit, refused publish, publish, the event. */
describe('taxonomy administration (real Keycloak, PostgreSQL and Kafka)', () => {
  const run = randomBytes(4).toString('hex');
  const routingConfig = routingConfigFromEnv({
    ...process.env,
    LOKET_ROUTING_DB_NAME: `loket_taxonomy_flow_routing_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-routing-taxonomy-flow-${run}`,
  });
  let routing: INestApplication;
  let routingUrl: string;
  let admin: string;
  let probe: KafkaProbe;

  const api = async (method: string, path: string, body?: unknown, token: string | null = admin) => {
    const response = await fetch(`${routingUrl}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Json };
  };
  const edit = (version: number, revision: number, taxonomy: Json) => api('PUT', `/api/v1/taxonomy/versions/${version}`, { revision, ...taxonomy });
  const bagsQuestion = { id: 'aantal-zakken', kind: 'number', label: { nl: 'Hoeveel zakken?', en: 'How many bags?' }, required: true, min: 1, max: 50, integer: true };

  beforeAll(async () => {
    routing = await startService({ service: 'routing', title: 'routing', module: routingModule(routingConfig), host: '127.0.0.1', port: 0, logLevel: 'warn', beforeListen: connectEventConsumers });
    routingUrl = (await routing.getUrl()).replace('[::1]', '127.0.0.1');
    admin = await tokenFor('admin');
    probe = await KafkaProbe.start([Topics.TaxonomyPublishedV1]);
  });
  afterAll(async () => {
    await probe?.stop();
    await routing?.close();
    await dropDatabase(routingConfig.database);
  });

  it('starts from the seed as version 1, published, and lets only administrators in', async () => {
    const versions = await api('GET', '/api/v1/taxonomy/versions');
    expect(versions.status).toBe(200);
    expect(versions.body).toEqual([expect.objectContaining({ version: 1, status: 'published', createdBy: null, categories: 8 })]);
    const coordinator = await tokenFor('coordinator');
    expect((await api('GET', '/api/v1/taxonomy/versions', undefined, coordinator)).status).toBe(403);
    expect((await api('POST', '/api/v1/taxonomy/drafts', {}, coordinator)).status).toBe(403);
    expect((await api('GET', '/api/v1/taxonomy/versions', undefined, null)).status).toBe(401);
  });

  it('refuses to publish a draft with faults, naming each field; refuses a stale edit; then publishes and tells Kafka', async () => {
    const draft = await api('POST', '/api/v1/taxonomy/drafts', {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ version: 2, status: 'draft', revision: 1, createdBy: 'admin' });
    const second = await api('POST', '/api/v1/taxonomy/drafts', {});
    expect(second).toMatchObject({ status: 409, body: { draftVersion: 2 } });

    const taxonomy = draft.body.taxonomy as Json;
    const waste = taxonomy.categories.findIndex((c: Json) => c.code === 'afval');
    const litter = taxonomy.categories[waste].sub.findIndex((s: Json) => s.code === 'zwerfafval');
    const broken = structuredClone(taxonomy);
    broken.categories[waste].name.en = '';
    broken.categories[waste].sensitivity = 9;
    broken.categories[waste].sub[litter].questions = [{ ...bagsQuestion, kind: 'choice' }];
    broken.categories = broken.categories.filter((c: Json) => c.code !== 'ondermijning');
    const saved = await edit(2, 1, broken);
    expect(saved).toMatchObject({ status: 200, body: { revision: 2 } });

    const validation = await api('POST', '/api/v1/taxonomy/versions/2/validate');
    expect(validation.status).toBe(200);
    expect(validation.body.publishable).toBe(false);
    const refused = await api('POST', '/api/v1/taxonomy/versions/2/publish');
    expect(refused.status).toBe(422);
    expect(refused.type).toMatch(/application\/problem\+json/);
    const fields = refused.body.errors.map((e: Json) => e.field);
    expect(fields).toEqual(expect.arrayContaining([
      `categories.${waste}.name.en`,
      `categories.${waste}.sensitivity`,
      `categories.${waste}.sub.${litter}.questions.0.options`,
      'categories',
    ]));
    expect(refused.body.errors.find((e: Json) => e.field === 'categories').messages[0]).toMatch(/ondermijning cannot be removed: the routing policy in force routes by it/);
    expect(validation.body.errors).toEqual(refused.body.errors);

    const stale = await edit(2, 1, taxonomy);
    expect(stale).toMatchObject({ status: 409, body: { revision: 2 } });
    const malformed = await edit(2, 2, { ...taxonomy, categories: [{ code: 'x', sensitivity: 'high' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: Json) => e.field)).toEqual(expect.arrayContaining(['categories.0.sensitivity', 'categories.0.name']));

    const fixed = structuredClone(taxonomy);
    fixed.categories[waste].sub[litter].questions = [bagsQuestion];
    expect((await edit(2, 2, fixed)).status).toBe(200);
    expect((await api('POST', '/api/v1/taxonomy/versions/2/validate')).body).toEqual({ publishable: true, errors: [] });
    const published = await api('POST', '/api/v1/taxonomy/versions/2/publish');
    expect(published).toMatchObject({ status: 200, body: { version: 2, status: 'published', publishedBy: 'admin' } });
    expect((await api('POST', '/api/v1/taxonomy/versions/2/publish')).status).toBe(409);
    expect((await edit(2, 3, fixed)).status).toBe(409);

    const event = await expectEventually(async () => {
      const message = probe.messages.find((m) => m.key === 'taxonomy' && JSON.parse(m.value).producer === 'routing' && JSON.stringify(JSON.parse(m.value).payload).includes('aantal-zakken'));
      expect(message).toBeDefined();
      return JSON.parse(message!.value) as Json;
    }, { timeoutMs: 30_000 });
    expect(event).toMatchObject({ type: 'taxonomy.published', version: 1, payload: { version: 2, taxonomy: { categories: expect.any(Array) } } });

    const categories = await api('GET', '/api/v1/categories', undefined, null);
    const litterView = categories.body.find((c: Json) => c.code === 'afval').subcategories.find((s: Json) => s.code === 'zwerfafval');
    expect(litterView.questions).toEqual([expect.objectContaining({ id: 'aantal-zakken', required: true })]);

    const history = await api('GET', '/api/v1/taxonomy/versions');
    expect(history.body.map((v: Json) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'superseded']]);
  });
});
