import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseOpenedV1 } from '@loket/contracts';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { tokenFor } from '@loket/testing';
import { SERVICE, workbenchConfigFromEnv } from '../../workbench.config';
import { workbenchModule } from '../../workbench.module';
import { RecordCaseWhenCaseOpened } from '../open-case/record-case-when-case-opened.handler';

/**
 * The queue change signal with the workbench in-process over HTTP, its own database and real Keycloak tokens.
 * Cases open through the real handler of `case.opened`, called directly rather than from the shared broker,
 * so that other runs' replayed events cannot make a change this test did not make.
 */
describe('queue change signal (real PostgreSQL and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const config = workbenchConfigFromEnv({
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_changes_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-changes-${run}`,
  });
  let app: INestApplication;
  let base: string;
  const tokens = { municipality: '', police: '', coordinator: '', resident: '' };

  beforeAll(async () => {
    app = await startService({ service: SERVICE, title: 'workbench', module: workbenchModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn' });
    base = `${await app.getUrl()}/api/v1`.replace('[::1]', '127.0.0.1');
    [tokens.municipality, tokens.police, tokens.coordinator, tokens.resident] = await Promise.all(
      ['gemeente.stadsbeheer', 'politie.wijkagent', 'coordinator', 'bewoner'].map((user) => tokenFor(user)),
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

  async function openCase(organisation: string, team: string): Promise<string> {
    const payload: CaseOpenedV1 = {
      caseId: randomUUID(),
      organisation,
      team,
      priority: 'normal',
      sla: { amount: 3, unit: 'days', calendar: 'working' },
      category: { main: 'afval', sub: 'grofvuil', sensitivity: 1 },
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

  const poll = async (who: keyof typeof tokens, since?: string) => {
    const answer = await http(who, 'GET', `/cases/changes${since ? `?since=${since}` : ''}`);
    expect(answer.status).toBe(200);
    return answer.body as { changed: boolean; cursor: string; pollAfterMs: number };
  };

  it("signals a change in the caller's organisation, never another organisation's, and to a coordinator only what is in their reach", async () => {
    const municipalityCase = await openCase('municipality', 'stadsbeheer');
    const policeCase = await openCase('police', 'wijkagenten');
    const start = { municipality: await poll('municipality'), police: await poll('police'), coordinator: await poll('coordinator') };
    expect(start.municipality).toEqual({ changed: false, cursor: expect.any(String), pollAfterMs: 5000 });
    expect((await poll('municipality', start.municipality.cursor)).changed).toBe(false);

    // the police picks its case up: a change for the police only (routed by a rule and within its SLA, the case is
    // outside the coordinator's reach: not in triage, not corrected)
    expect((await http('police', 'POST', `/cases/${policeCase}/transitions`, { transition: 'assign', expectedVersion: 1 })).status).toBe(200);
    const afterPolice = { municipality: await poll('municipality', start.municipality.cursor), police: await poll('police', start.police.cursor), coordinator: await poll('coordinator', start.coordinator.cursor) };
    expect([afterPolice.municipality.changed, afterPolice.police.changed, afterPolice.coordinator.changed]).toEqual([false, true, false]);

    // a new police case arrives: still nothing for the municipality
    await openCase('police', 'wijkagenten');
    expect((await poll('municipality', afterPolice.municipality.cursor)).changed).toBe(false);

    // the municipality's case changes: now it is signalled, once
    expect((await http('municipality', 'POST', `/cases/${municipalityCase}/transitions`, { transition: 'assign', expectedVersion: 1 })).status).toBe(200);
    const changed = await poll('municipality', afterPolice.municipality.cursor);
    expect(changed.changed).toBe(true);
    expect((await poll('municipality', changed.cursor)).changed).toBe(false);
  });

  it('signals a case that arrives, and a change made without the application (the trigger marks every update)', async () => {
    const { cursor } = await poll('municipality');
    const caseId = await openCase('municipality', 'handhaving');
    const arrived = await poll('municipality', cursor);
    expect(arrived.changed).toBe(true);
    await app.get(DataSource).query(`UPDATE cases SET reopen_requested_at = now() WHERE id = $1`, [caseId]);
    expect((await poll('municipality', arrived.cursor)).changed).toBe(true);
  });

  it('refuses a cursor it did not make with a 400 problem, and callers who may see no case', async () => {
    const bad = await http('municipality', 'GET', '/cases/changes?since=not-a-cursor');
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ field: 'since' }] } });
    expect(bad.body.type).toBeDefined();
    expect((await http('resident', 'GET', '/cases/changes')).status).toBe(403);
  });
});
