import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { tokenFor } from '@loket/testing';
import { SERVICE, workbenchConfigFromEnv } from '../../workbench.config';
import { workbenchModule } from '../../workbench.module';

type Who = 'stadsbeheer' | 'handhaving' | 'police' | 'coordinator';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of several shapes, asserted by each test
type Json = any;

/**
 * Queue counts and a case's team members over HTTP: the workbench in-process on a fresh database, real Keycloak
 * tokens, cases written straight into its tables (no event consumers, so no other run's cases arrive): exactly
 * the listing's scope, capped at 1,000, and a roster only for those who hold the case.
 */
describe('queue counts and team members (real PostgreSQL and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const config = workbenchConfigFromEnv({
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_counts_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-counts-${run}`,
  });
  let app: INestApplication;
  let db: DataSource;
  let url: string;
  const tokens = {} as Record<Who, string>;
  const subjects = {} as Record<Who, string>;

  beforeAll(async () => {
    app = await startService({ service: SERVICE, title: 'workbench', module: workbenchModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn' });
    url = `${await app.getUrl()}/api/v1/cases`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    const users: Record<Who, string> = { stadsbeheer: 'gemeente.stadsbeheer', handhaving: 'gemeente.handhaving', police: 'politie.wijkagent', coordinator: 'coordinator' };
    for (const [who, user] of Object.entries(users) as [Who, string][]) {
      tokens[who] = await tokenFor(user);
      subjects[who] = JSON.parse(Buffer.from(tokens[who].split('.')[1]!, 'base64url').toString('utf8')).sub;
    }
    await seed('municipality', 'stadsbeheer', 1_005, null);
    await seed('municipality', 'stadsbeheer', 3, subjects.stadsbeheer, 'assigned');
    await seed('municipality', 'handhaving', 2, null);
    await seed('police', 'wijkagenten', 4, null);
    await seed('municipality', 'stadsbeheer', 2, null, 'new', ['fallback']);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await dropDatabase(config.database);
  });

  let seeded = 0;
  async function seed(organisation: string, team: string, n: number, assignee: string | null, status = 'new', triageReasons: string[] = []): Promise<void> {
    await db.query(
      `INSERT INTO cases (id, organisation, team, status, version, assignee, priority, category_main, category_sub,
         sensitivity, sla, due_at, routing_policy_id, routing_policy_version, routing_rule_id, routing_explanation,
         opened_at, updated_at, triage_reasons)
       SELECT gen_random_uuid(), $1, $2, $3, 1, $4, 'normal', 'afval', NULL, 1,
         '{"amount":3,"unit":"days","calendar":"calendar"}'::jsonb, now() + interval '3 days', 'default', 1, 'afval',
         'seeded', now() - (($5 + i) * interval '1 minute'), now(), $7::text[]
       FROM generate_series(1, $6::int) AS i`,
      [organisation, team, status, assignee, seeded, n, triageReasons],
    );
    seeded += n;
  }

  const http = async (who: Who, path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${tokens[who]}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as Json };
  };

  it("counts each queue within the caller's scope, up to 1,000", async () => {
    expect((await http('stadsbeheer', '/counts')).body).toEqual({
      mine: { count: 3, more: false },
      team: { count: 1000, more: true },
      organisation: { count: 1000, more: true },
      cap: 1000,
    });
    expect((await http('handhaving', '/counts')).body).toMatchObject({ mine: { count: 0 }, team: { count: 2, more: false }, organisation: { more: true } });
    // A coordinator reaches what the coordinators hold and what is in triage, not every organisation's work.
    expect((await http('coordinator', '/counts')).body.organisation).toEqual({ count: 2, more: false });
  });

  it("never counts another organisation's cases", async () => {
    expect((await http('police', '/counts')).body).toEqual({
      mine: { count: 0, more: false },
      team: { count: 4, more: false },
      organisation: { count: 4, more: false },
      cap: 1000,
    });
  });

  it("applies the listing's filters, and refuses a bad one with problem details naming it", async () => {
    expect((await http('stadsbeheer', '/counts?status=assigned')).body).toMatchObject({
      mine: { count: 3, more: false },
      team: { count: 3, more: false },
      organisation: { count: 3, more: false },
    });
    const listed = await http('stadsbeheer', '/?queue=organisation&status=assigned');
    expect(listed.body.items).toHaveLength(3);
    const bad = await http('stadsbeheer', '/counts?status=bogus&limit=5');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toMatch(/status/);
  });

  it("lists the case's team members to those who hold it, and assigning outside the team is refused", async () => {
    const [{ id }] = (await db.query(`SELECT id FROM cases WHERE team = 'stadsbeheer' AND status = 'new' LIMIT 1`)) as { id: string }[];
    await http('handhaving', '/counts'); // both have now used the workbench: the directory knows them
    const roster = await http('stadsbeheer', `/${id!}/team-members`);
    expect(roster.status).toBe(200);
    expect(roster.body).toEqual({ organisation: 'municipality', team: 'stadsbeheer', members: [{ subject: subjects.stadsbeheer, username: 'gemeente.stadsbeheer' }] });
    expect((await http('police', `/${id!}/team-members`)).status).toBe(404);
    expect((await http('stadsbeheer', '/not-a-case/team-members')).status).toBe(404);
    const refused = await http('stadsbeheer', `/${id!}/transitions`, { method: 'POST', body: { transition: 'assign', expectedVersion: 1, assignee: subjects.handhaving } });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/not a member of team stadsbeheer/);
    const assigned = await http('stadsbeheer', `/${id!}/transitions`, { method: 'POST', body: { transition: 'assign', expectedVersion: 1, assignee: subjects.stadsbeheer } });
    expect(assigned.body).toMatchObject({ status: 'assigned', assignee: subjects.stadsbeheer });
  });
});
