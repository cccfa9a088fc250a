import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseOpenedV1 } from '@loket/contracts';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, tokenFor } from '@loket/testing';
import { RecordCaseWhenCaseOpened } from '../../cases/open-case/record-case-when-case-opened.handler';
import { Clock } from '../../clock';
import { SERVICE, workbenchConfigFromEnv } from '../../workbench.config';
import { workbenchModule } from '../../workbench.module';
import { WatchSla } from './watch-sla.job';

/** A clock the test moves by hand; the workbench's use-cases and the SLA watch read it. */
class TestClock extends Clock {
  at = new Date('2026-03-02T08:00:00Z');

  now(): Date {
    return new Date(this.at);
  }
}

/**
 * The SLA watch in the workbench with its own fresh database (real PostgreSQL), real Keycloak tokens for the
 * professional's status changes, and a clock the test controls. The schedule runs every 200 ms beside the
 * runs the test starts itself, so two runners race as two workbench instances would.
 * Amsterdam is UTC+1 in these weeks; the default calendar is Monday–Friday 08:30–17:00.
 */
describe('SLA watch (real PostgreSQL, controllable clock)', () => {
  const run = randomBytes(4).toString('hex');
  const config = workbenchConfigFromEnv({
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_sla_test_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-sla-test-${run}`,
    LOKET_SLA_WATCH_INTERVAL_MS: '200',
    LOKET_SLA_WARN_BEFORE: '20%',
  });
  const clock = new TestClock();
  let app: INestApplication;
  let db: DataSource;
  let url: string;
  let token: string;

  beforeAll(async () => {
    app = await startService({
      service: SERVICE,
      title: 'workbench',
      module: workbenchModule(config, { clock }),
      port: 0,
      host: '127.0.0.1',
      logLevel: 'warn',
    });
    url = `${await app.getUrl()}/api/v1/cases`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    token = await tokenFor('gemeente.stadsbeheer');
  });
  afterAll(async () => {
    await app?.close();
    await dropDatabase(config.database);
  });

  async function openCase(sla: CaseOpenedV1['sla'], openedAt: string): Promise<string> {
    const caseId = randomUUID();
    const event: CaseOpenedV1 = {
      caseId,
      organisation: 'municipality',
      team: 'stadsbeheer',
      priority: 'normal',
      sla,
      category: { main: 'afval', sub: 'grofvuil', sensitivity: 1 },
      report: {
        reportId: randomUUID(),
        reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
        description: `Grofvuil (${run})`,
        location: { lat: 52.0907, lon: 5.1214 },
        submittedAt: openedAt,
        reporterTier: 'resident',
        areaIds: ['BU03440100'],
      },
      decision: { policyId: 'default', policyVersion: 1, ruleId: 'afval', explanation: 'Rule afval matched' },
      openedAt,
    };
    await db.transaction((tx) => app.get(RecordCaseWhenCaseOpened).handle(event, tx));
    return caseId;
  }

  const sla = async (caseId: string) => {
    const [row] = await db.query(
      `SELECT due_at, sla_warn_at, sla_paused_at, sla_warned_at, sla_escalated_at, version FROM cases WHERE id = $1`,
      [caseId],
    );
    return row as Record<'due_at' | 'sla_warn_at' | 'sla_paused_at' | 'sla_warned_at' | 'sla_escalated_at', Date | null> & {
      version: number;
    };
  };
  const entries = async (caseId: string, kind: string) =>
    (await db.query(`SELECT details, occurred_at FROM case_timeline WHERE case_id = $1 AND kind = $2`, [caseId, kind])) as {
      details: Record<string, unknown>;
      occurred_at: Date;
    }[];
  const breached = async (caseId: string) =>
    (
      await db.query(
        `SELECT 1 FROM cases WHERE id = $1 AND due_at < $2 AND status NOT IN ('resolved', 'closed', 'waiting')`,
        [caseId, clock.now()],
      )
    ).length === 1;
  /** Both the schedule and two runs of our own, at the same time: as three workbench instances. */
  const raceTheWatch = async () => {
    const watch = app.get(WatchSla);
    await Promise.all([watch.runOnce(), watch.runOnce()]);
  };
  const transition = async (caseId: string, body: Record<string, unknown>) => {
    const response = await fetch(`${url}/${caseId}/transitions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { version: number; sla: { dueAt: string; pausedAt: string | null } };
  };

  it('warns once before the due date, escalates once after it, and the triage queue finds the escalation', async () => {
    clock.at = new Date('2026-03-02T08:00:00Z'); // Mon 09:00
    // 8 working hours from Mon 09:00: due Mon 17:00; warn with a fifth (1.6 h) left: Mon 15:24.
    const caseId = await openCase({ amount: 8, unit: 'hours', calendar: 'working' }, '2026-03-02T08:00:00.000Z');
    expect(await sla(caseId)).toMatchObject({
      due_at: new Date('2026-03-02T16:00:00Z'),
      sla_warn_at: new Date('2026-03-02T14:24:00Z'),
      sla_warned_at: null,
      sla_escalated_at: null,
    });

    clock.at = new Date('2026-03-02T14:00:00Z'); // 15:00: nothing yet
    await raceTheWatch();
    expect(await entries(caseId, 'sla-warning')).toEqual([]);

    clock.at = new Date('2026-03-02T14:30:00Z'); // 15:30: warn
    await raceTheWatch();
    await raceTheWatch();
    const warnings = await entries(caseId, 'sla-warning');
    expect(warnings).toEqual([
      {
        details: { dueAt: '2026-03-02T16:00:00.000Z', team: 'stadsbeheer', assignee: null },
        occurred_at: new Date('2026-03-02T14:30:00Z'),
      },
    ]);
    expect(await sla(caseId)).toMatchObject({ sla_warned_at: new Date('2026-03-02T14:30:00Z'), sla_escalated_at: null, version: 1 });
    expect(await breached(caseId)).toBe(false);

    clock.at = new Date('2026-03-02T16:00:01Z'); // one second past due
    await raceTheWatch();
    await raceTheWatch();
    expect(await breached(caseId)).toBe(true);
    expect(await entries(caseId, 'sla-escalated')).toEqual([
      {
        details: { dueAt: '2026-03-02T16:00:00.000Z', team: 'stadsbeheer', assignee: null, escalatedTo: 'coordinators' },
        occurred_at: new Date('2026-03-02T16:00:01Z'),
      },
    ]);
    expect(await entries(caseId, 'sla-warning')).toHaveLength(1);
    const escalated = await db.query(
      `SELECT id FROM cases WHERE sla_escalated_at IS NOT NULL AND status NOT IN ('resolved', 'closed') ORDER BY opened_at DESC, id DESC`,
    );
    expect(escalated.map((r: { id: string }) => r.id)).toContain(caseId);

    // The case file shows it, to the professional of the organisation.
    const file = await fetch(`${url}/${caseId}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await file.json()) as unknown).toMatchObject({
      sla: { warnedAt: '2026-03-02T14:30:00.000Z', escalatedAt: '2026-03-02T16:00:01.000Z' },
      timeline: [{ kind: 'case-opened' }, { kind: 'sla-warning' }, { kind: 'sla-escalated' }],
    });
  });

  it('stops the clock while the case waits and moves the due date on by the paused working time', async () => {
    clock.at = new Date('2026-03-09T08:00:00Z'); // Mon 9 March 09:00
    // 1 working day from Mon 09:00: due Tue 09:00; warn 0.2 day (1.7 h) before: Mon 15:48.
    const caseId = await openCase({ amount: 1, unit: 'days', calendar: 'working' }, '2026-03-09T08:00:00.000Z');
    expect(await sla(caseId)).toMatchObject({ due_at: new Date('2026-03-10T08:00:00Z'), sla_warn_at: new Date('2026-03-09T14:48:00Z') });

    clock.at = new Date('2026-03-09T09:00:00Z'); // Mon 10:00
    await transition(caseId, { transition: 'assign', expectedVersion: 1 });
    const waiting = await transition(caseId, { transition: 'wait', reason: 'Wacht op de aannemer', expectedVersion: 2 });
    expect(waiting.sla).toMatchObject({ pausedAt: '2026-03-09T09:00:00.000Z', dueAt: '2026-03-10T08:00:00.000Z' });

    clock.at = new Date('2026-03-11T10:00:00Z'); // Wed 11:00: long past the old due date, but waiting
    await raceTheWatch();
    expect(await breached(caseId)).toBe(false);
    expect([...(await entries(caseId, 'sla-warning')), ...(await entries(caseId, 'sla-escalated'))]).toEqual([]);

    // Paused Mon 10:00-17:00, all Tuesday, Wed 08:30-11:00: 7 + 8.5 + 2.5 = 18 working hours, 1 + 9.5/8.5 days.
    // The 7.5 working hours left at the pause (Mon 10:00 to Tue 09:00) are left at Wed 11:00: due Thu 10:00.
    const resumed = await transition(caseId, { transition: 'resume', expectedVersion: 3 });
    expect(resumed.sla).toMatchObject({ pausedAt: null, dueAt: '2026-03-12T09:00:00.000Z' });
    expect(await sla(caseId)).toMatchObject({ sla_paused_at: null, sla_warn_at: new Date('2026-03-11T15:48:00Z') });
    expect(await entries(caseId, 'status-changed')).toContainEqual(
      expect.objectContaining({ details: expect.objectContaining({ transition: 'resume', dueAt: '2026-03-12T09:00:00.000Z' }) }),
    );
    await raceTheWatch();
    expect(await entries(caseId, 'sla-warning')).toEqual([]);

    // Warned at Wed 16:50 (the schedule does it too), escalated at Thu 10:00:01, each once.
    clock.at = new Date('2026-03-11T15:50:00Z');
    await expectEventually(async () => expect(await entries(caseId, 'sla-warning')).toHaveLength(1), { timeoutMs: 60_000 });
    await raceTheWatch();
    expect(await entries(caseId, 'sla-warning')).toHaveLength(1);
    clock.at = new Date('2026-03-12T09:00:01Z');
    await expectEventually(async () => expect(await entries(caseId, 'sla-escalated')).toHaveLength(1), { timeoutMs: 60_000 });
    await raceTheWatch();
    expect(await entries(caseId, 'sla-escalated')).toHaveLength(1);
    expect(await breached(caseId)).toBe(true);
  });

  it('escalates a case that breached while nobody watched without warning it afterwards', async () => {
    clock.at = new Date('2026-03-16T08:00:00Z'); // Mon 16 March 09:00
    const caseId = await openCase({ amount: 2, unit: 'hours', calendar: 'calendar' }, '2026-03-16T08:00:00.000Z');
    expect(await sla(caseId)).toMatchObject({ due_at: new Date('2026-03-16T10:00:00Z'), sla_warn_at: new Date('2026-03-16T09:36:00Z') });

    clock.at = new Date('2026-03-16T12:00:00Z');
    await raceTheWatch();
    await raceTheWatch();
    expect(await entries(caseId, 'sla-escalated')).toHaveLength(1);
    expect(await entries(caseId, 'sla-warning')).toEqual([]);
    expect(await sla(caseId)).toMatchObject({ sla_warn_at: null, sla_warned_at: null, sla_escalated_at: new Date('2026-03-16T12:00:00Z') });
  });
});
