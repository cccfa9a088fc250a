import { createHmac, randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { databaseClient, tokenFor } from '@loket/testing';
import { routingConfigFromEnv } from '../routing.config';
import { routingModule } from '../routing.module';

interface Overview {
  minimumPeople: number;
  themes: string[];
  neighbourhoods: { areaId: string; name: string; suppressed: boolean; respondents: number | null; themes: { theme: string; suppressed: boolean; people: number | null; points: number | null; rank: number | null }[] }[];
}

/**
 * Neighbourhood priorities against real PostgreSQL and real Keycloak tokens of `bewoner`, `vrijwilliger` and
 * `coordinator`. Four earlier answers for Raampoort are stored as the service stores them (keyed hashes of
 * subjects no demo account has), so the resident's answer is the fifth and the neighbourhood shows.
 */
describe('neighbourhood priorities (real PostgreSQL and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const secret = `priorities-secret-${run}`;
  const config = routingConfigFromEnv({ ...process.env, LOKET_ROUTING_DB_NAME: `loket_priorities_${run}`, LOKET_KAFKA_GROUP_ID: `loket-routing-priorities-${run}`, LOKET_PRIORITIES_KEY_SECRET: secret });
  let routing: INestApplication;
  let url: string;
  const tokens: Record<'bewoner' | 'vrijwilliger' | 'coordinator', string> = { bewoner: '', vrijwilliger: '', coordinator: '' };

  beforeAll(async () => {
    routing = await startService({ service: 'routing', title: 'routing', module: routingModule(config), host: '127.0.0.1', port: 0, logLevel: 'warn' });
    url = (await routing.getUrl()).replace('[::1]', '127.0.0.1');
    for (const user of Object.keys(tokens) as (keyof typeof tokens)[]) tokens[user] = await tokenFor(user);
  });
  afterAll(async () => {
    await routing?.close();
    await dropDatabase(config.database);
  });

  const call = async <T>(method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  const subjectOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub as string;

  it('has no choice for a resident who has not chosen', async () => {
    expect(await call('GET', '/neighbourhood-priorities/mine', tokens.bewoner)).toEqual({ status: 200, body: { choice: null } });
  });

  it('lets a resident and a volunteer choose, see and change their own choice', async () => {
    const chosen = await call('PUT', '/neighbourhood-priorities/mine', tokens.bewoner, { areaId: 'BU99990103', themes: ['overlast', 'afval', 'openbare-ruimte'] });
    expect(chosen).toEqual({ status: 200, body: { choice: { areaId: 'BU99990103', themes: ['overlast', 'afval', 'openbare-ruimte'] } } });
    expect((await call('PUT', '/neighbourhood-priorities/mine', tokens.vrijwilliger, { areaId: 'BU99990201', themes: ['afval'] })).status).toBe(200);
    expect((await call('PUT', '/neighbourhood-priorities/mine', tokens.vrijwilliger, { areaId: 'BU99990201', themes: ['wonen', 'afval'] })).status).toBe(200);
    expect(await call('GET', '/neighbourhood-priorities/mine', tokens.vrijwilliger)).toEqual({ status: 200, body: { choice: { areaId: 'BU99990201', themes: ['wonen', 'afval'] } } });
    expect((await call<{ choice: { areaId: string } }>('GET', '/neighbourhood-priorities/mine', tokens.bewoner)).body.choice.areaId).toBe('BU99990103');
  });

  it('stores a keyed hash of the subject, and no name, e-mail or subject', async () => {
    const db = await databaseClient(config.database.database);
    try {
      const rows = (await db.query('SELECT * FROM neighbourhood_priorities')).rows as Record<string, unknown>[];
      expect(rows).toHaveLength(2);
      expect(Object.keys(rows[0]!).sort()).toEqual(['area_id', 'respondent_key', 'themes']);
      const stored = JSON.stringify(rows);
      for (const token of [tokens.bewoner, tokens.vrijwilliger]) expect(stored).not.toContain(subjectOf(token));
      expect(stored).not.toMatch(/bewoner|vrijwilliger|@/);
      const expectedKey = createHmac('sha256', secret).update(`neighbourhood-priorities:${subjectOf(tokens.bewoner)}`).digest('hex');
      expect(rows.map((r) => r['respondent_key'])).toContain(expectedKey);
      // Four neighbours answered earlier: with the resident, Raampoort has five.
      for (let i = 0; i < 4; i++) {
        const key = createHmac('sha256', secret).update(`neighbourhood-priorities:neighbour-${run}-${i}`).digest('hex');
        await db.query('INSERT INTO neighbourhood_priorities (respondent_key, area_id, themes) VALUES ($1, $2, $3)', [key, 'BU99990103', i < 3 ? ['overlast', 'afval'] : ['afval']]);
      }
    } finally {
      await db.end();
    }
  });

  it('shows coordinators the aggregate: 5 people shown, fewer suppressed (not zero)', async () => {
    const overview = await call<Overview>('GET', '/neighbourhood-priorities', tokens.coordinator);
    expect(overview.status).toBe(200);
    expect(overview.body.minimumPeople).toBe(5);
    const raampoort = overview.body.neighbourhoods.find((n) => n.areaId === 'BU99990103')!;
    expect(raampoort).toMatchObject({ name: 'Raampoort', suppressed: false, respondents: 5 });
    // afval: 4 seconds and 1 first place; overlast ranked by only 4 people, openbare-ruimte by 1: suppressed alike.
    expect(raampoort.themes[0]).toEqual({ theme: 'afval', suppressed: false, people: 5, points: 4 * 2 + 3, rank: 1 });
    for (const theme of ['overlast', 'openbare-ruimte', 'wonen']) {
      expect(raampoort.themes.find((t) => t.theme === theme)).toEqual({ theme, suppressed: true, people: null, points: null, rank: null });
    }
    const schippershof = overview.body.neighbourhoods.find((n) => n.areaId === 'BU99990201')!;
    expect(schippershof).toEqual({ areaId: 'BU99990201', name: 'Schippershof', suppressed: true, respondents: null, themes: [] });
    expect(overview.body.neighbourhoods.map((n) => n.areaId)).not.toContain('WK999901');
  });

  it('lets a resident withdraw; then the neighbourhood falls below 5 and is suppressed', async () => {
    expect((await call('DELETE', '/neighbourhood-priorities/mine', tokens.bewoner)).status).toBe(204);
    expect((await call('GET', '/neighbourhood-priorities/mine', tokens.bewoner)).body).toEqual({ choice: null });
    const overview = await call<Overview>('GET', '/neighbourhood-priorities', tokens.coordinator);
    expect(overview.body.neighbourhoods.find((n) => n.areaId === 'BU99990103')).toMatchObject({ suppressed: true, respondents: null });
  });

  it('keeps the aggregate for coordinators and the choice for residents and volunteers', async () => {
    expect((await call('GET', '/neighbourhood-priorities', tokens.bewoner)).status).toBe(403);
    expect((await call('GET', '/neighbourhood-priorities', tokens.vrijwilliger)).status).toBe(403);
    expect((await call('GET', '/neighbourhood-priorities')).status).toBe(401);
    expect((await call('GET', '/neighbourhood-priorities/mine')).status).toBe(401);
    expect((await call('PUT', '/neighbourhood-priorities/mine', tokens.coordinator, { areaId: 'BU99990103', themes: ['afval'] })).status).toBe(403);
  });

  it.each([
    [{ areaId: 'BU99990103', themes: [] }, 'at least 1'],
    [{ areaId: 'BU99990103', themes: ['afval', 'overlast', 'wonen', 'veiligheid'] }, 'at most 3'],
    [{ areaId: 'BU99990103', themes: ['afval', 'afval'] }, 'once'],
    [{ areaId: 'BU99990103', themes: ['bestaat-niet'] }, 'no theme'],
    [{ areaId: 'BU99990103', themes: ['overig'] }, 'no theme'],
    [{ areaId: 'NERGENS', themes: ['afval'] }, 'no area'],
    [{ areaId: 'WK999901', themes: ['afval'] }, 'buurt'],
    [{ themes: ['afval'] }, 'areaId'],
  ])('refuses %j with a 400 problem saying %s, and stores nothing', async (body, message) => {
    const response = await call<{ detail: string; errors?: { messages: string[] }[] }>('PUT', '/neighbourhood-priorities/mine', tokens.bewoner, body);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(message);
    expect((await call('GET', '/neighbourhood-priorities/mine', tokens.bewoner)).body).toEqual({ choice: null });
  });
});
