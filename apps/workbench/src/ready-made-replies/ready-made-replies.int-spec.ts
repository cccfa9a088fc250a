import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseOpenedV1 } from '@loket/contracts';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { tokenFor } from '@loket/testing';
import { SERVICE, workbenchConfigFromEnv } from '../workbench.config';
import { workbenchModule } from '../workbench.module';
import { RecordCaseWhenCaseOpened } from '../cases/open-case/record-case-when-case-opened.handler';

/**
 * Ready-made replies with the workbench in-process over HTTP, its own database and real Keycloak tokens:
 * administrators save versions (audited), professionals get those of their case's category.
 */
describe('ready-made replies (real PostgreSQL and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const config = workbenchConfigFromEnv({
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_replies_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-replies-${run}`,
  });
  let app: INestApplication;
  let base: string;
  const tokens = { municipality: '', police: '', coordinator: '', admin: '' };

  beforeAll(async () => {
    app = await startService({ service: SERVICE, title: 'workbench', module: workbenchModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn' });
    base = `${await app.getUrl()}/api/v1`.replace('[::1]', '127.0.0.1');
    [tokens.municipality, tokens.police, tokens.coordinator, tokens.admin] = await Promise.all(
      ['gemeente.stadsbeheer', 'politie.wijkagent', 'coordinator', 'admin'].map((user) => tokenFor(user)),
    );
  });
  afterAll(async () => {
    await app?.close();
    await dropDatabase(config.database);
  });

  const http = async (who: keyof typeof tokens, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[who]}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of several shapes, asserted by each test
    return { status: response.status, body: (text ? JSON.parse(text) : null) as any };
  };

  async function openCase(organisation: string, team: string, sub: string | null = 'grofvuil'): Promise<string> {
    const payload: CaseOpenedV1 = {
      caseId: randomUUID(),
      organisation,
      team,
      priority: 'normal',
      sla: { amount: 3, unit: 'days', calendar: 'working' },
      category: { main: 'afval', ...(sub ? { sub } : {}), sensitivity: 1 },
      report: {
        reportId: randomUUID(),
        reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
        description: `Grofvuil (${run})`,
        location: { lat: 52.0907, lon: 5.1214 },
        submittedAt: new Date().toISOString(),
        reporterTier: 'resident',
        areaIds: ['BU03440100'],
      },
      decision: { policyId: 'default', policyVersion: 1, ruleId: 'afval', explanation: 'Rule afval matched' },
      openedAt: new Date().toISOString(),
    };
    await app.get(DataSource).transaction((tx) => app.get(RecordCaseWhenCaseOpened).handle(payload, tx));
    return payload.caseId;
  }

  const reply = (id: string, main: string, sub: string | null, nl: string) => ({
    id,
    category: { main, ...(sub ? { sub } : {}) },
    title: { nl: `Titel ${nl}`, en: `Title ${nl}` },
    text: { nl: `Tekst ${nl}`, en: `Text ${nl}` },
  });

  it('starts empty, saves versions in force at once, keeps history, and audits who saved which version', async () => {
    expect((await http('admin', 'GET', '/admin/ready-made-replies')).body).toEqual({ version: 0, active: true, createdAt: null, createdBy: null, replyCount: 0, replies: [] });
    const first = await http('admin', 'PUT', '/admin/ready-made-replies', { replies: [reply('opgehaald', 'afval', null, 'opgehaald')], expectedVersion: 0 });
    expect(first).toMatchObject({ status: 200, body: { version: 1, active: true, replyCount: 1, createdBy: { username: 'admin' } } });
    const second = await http('admin', 'PUT', '/admin/ready-made-replies', {
      replies: [reply('opgehaald', 'afval', null, 'opgehaald'), reply('grofvuil', 'afval', 'grofvuil', 'grofvuil'), { category: { main: 'overlast' }, title: { nl: 'Geluid', en: 'Noise' }, text: { nl: 'We kijken.', en: 'We look.' } }],
      expectedVersion: 1,
    });
    expect(second.body).toMatchObject({ version: 2, replyCount: 3 });
    expect(second.body.replies[2].id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await http('admin', 'GET', '/admin/ready-made-replies/versions')).body.items.map((v: { version: number; active: boolean }) => [v.version, v.active])).toEqual([[2, true], [1, false]]);
    expect((await http('admin', 'GET', '/admin/ready-made-replies/versions/1')).body).toMatchObject({ version: 1, active: false, replies: [{ id: 'opgehaald' }] });
    expect((await http('admin', 'GET', '/admin/ready-made-replies/versions/9')).status).toBe(404);

    const audit = await http('admin', 'GET', '/audit-log?actor=admin&limit=50');
    expect(audit.body.items.filter((e: { action: string }) => e.action === 'ready-made-replies.published').map((e: { details: object }) => e.details)).toEqual([
      { version: 2, replies: 3 },
      { version: 1, replies: 1 },
    ]);
  });

  it('answers a stale version with a 409 and a faulty library with a 400 naming each fault, saving nothing', async () => {
    const stale = await http('admin', 'PUT', '/admin/ready-made-replies', { replies: [], expectedVersion: 1 });
    expect(stale).toMatchObject({ status: 409, body: { currentVersion: 2 } });
    const faulty = await http('admin', 'PUT', '/admin/ready-made-replies', { replies: [{ id: 'x', category: { main: 'Afval' }, title: { nl: 'a' }, text: { nl: 'b', en: 'c' } }] });
    expect(faulty.status).toBe(400);
    expect(faulty.body.errors.map((e: { field: string }) => e.field)).toEqual(['replies.0.category.main', 'replies.0.title.en']);
    expect((await http('admin', 'GET', '/admin/ready-made-replies')).body.version).toBe(2);
  });

  it("offers a professional the replies of their case's category, sub category first; another organisation's case is a 404", async () => {
    const grofvuil = await openCase('municipality', 'stadsbeheer');
    const forCase = await http('municipality', 'GET', `/cases/${grofvuil}/ready-made-replies`);
    expect(forCase).toMatchObject({ status: 200, body: { version: 2 } });
    expect(forCase.body.items.map((r: { id: string }) => r.id)).toEqual(['grofvuil', 'opgehaald']);
    expect(forCase.body.items[0]).toEqual(reply('grofvuil', 'afval', 'grofvuil', 'grofvuil'));
    const plain = await openCase('municipality', 'stadsbeheer', null);
    expect((await http('municipality', 'GET', `/cases/${plain}/ready-made-replies`)).body.items.map((r: { id: string }) => r.id)).toEqual(['opgehaald']);
    expect((await http('police', 'GET', `/cases/${grofvuil}/ready-made-replies`)).status).toBe(404);
  });

  it('keeps the library to administrators', async () => {
    expect((await http('municipality', 'GET', '/admin/ready-made-replies')).status).toBe(403);
    expect((await http('coordinator', 'PUT', '/admin/ready-made-replies', { replies: [] })).status).toBe(403);
  });
});
