import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from '@loket/persistence';
import { scratchDatabase } from '@loket/testing';
import { AuditTrail } from '../../audit/audit-trail';
import { ChainAuditEntriesBeforeCommit } from '../../audit/chain-audit-entries-before-commit.subscriber';
import { TypeormAuditLog } from '../../audit/persistence/typeorm-audit-log';
import { TypeormCaseJournal } from '../../cases/persistence/typeorm-case-journal';
import { Clock } from '../../clock';
import { WORKBENCH_SCHEMA } from '../../database/workbench.schema';
import { SlaAlarm } from './sla-alarms';
import { TypeormSlaAlarms } from './typeorm-sla-alarms';
import { WatchSla } from './watch-sla.job';

class TestClock extends Clock {
  at = new Date('2026-03-02T15:00:00Z');

  now(): Date {
    return new Date(this.at);
  }
}

/** The real claims, counting what this instance claimed. */
class CountedSlaAlarms extends TypeormSlaAlarms {
  claimed = 0;

  override async claimWarnings(...args: Parameters<TypeormSlaAlarms['claimWarnings']>): Promise<SlaAlarm[]> {
    return this.count(await super.claimWarnings(...args));
  }

  override async claimEscalations(...args: Parameters<TypeormSlaAlarms['claimEscalations']>): Promise<SlaAlarm[]> {
    return this.count(await super.claimEscalations(...args));
  }

  private count(alarms: SlaAlarm[]): SlaAlarm[] {
    this.claimed += alarms.length;
    return alarms;
  }
}

const BATCH = 4;

/**
 * Two workbench instances' SLA watches on one real database, each with its own connection pool and its own real
 * collaborators (the claims, the case journal, the audit trail chained before commit): whenever both run at the
 * same moment, a case is warned once and escalated once, with one timeline entry and one audit entry each, and
 * one instance does the pass while the other leaves it (the job's advisory lock).
 */
describe('SLA watch in two instances (real PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let second: DataSource;
  const clock = new TestClock();
  let instances: { watch: WatchSla; alarms: CountedSlaAlarms }[];

  beforeAll(async () => {
    database = await scratchDatabase('loket_workbench_sla_twice', WORKBENCH_SCHEMA);
    second = await new DataSource(serviceDataSourceOptions(database.config, WORKBENCH_SCHEMA)).initialize();
    instances = [database.dataSource, second].map((db) => {
      new ChainAuditEntriesBeforeCommit(db, new TypeormAuditLog(db));
      const alarms = new CountedSlaAlarms();
      const journal = new TypeormCaseJournal(db, new AuditTrail(db, clock));
      return { watch: new WatchSla(db, alarms, journal, clock, { watchIntervalMs: 25, watchBatchSize: BATCH }), alarms };
    });
  });
  afterAll(async () => {
    await Promise.all((instances ?? []).map(({ watch }) => watch.job.stop()));
    if (second?.isInitialized) await second.destroy();
    await database.drop();
  });

  /** `count` running cases of one team: due at `dueAt`, to be warned from `warnAt`. */
  async function openCases(count: number, dueAt: Date, warnAt: Date): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    for (const id of ids) {
      await database.dataSource.query(
        `INSERT INTO cases (id, organisation, team, status, version, priority, category_main, sensitivity, sla, due_at, sla_warn_at,
                            routing_policy_id, routing_policy_version, routing_explanation, opened_at, updated_at)
         VALUES ($1, 'municipality', 'stadsbeheer', 'assigned', 1, 'normal', 'afval', 1, '{"amount":8,"unit":"hours","calendar":"working"}',
                 $2, $3, 'default', 1, 'Rule afval matched', $4, $4)`,
        [id, dueAt, warnAt, new Date(warnAt.getTime() - 3_600_000)],
      );
    }
    return ids;
  }

  /** Per case: its timeline entries and audit entries of this kind. */
  async function effects(ids: string[], kind: 'sla-warning' | 'sla-escalated') {
    const timeline: { case_id: string; n: number }[] = await database.dataSource.query(
      `SELECT case_id, count(*)::int AS n FROM case_timeline WHERE case_id = ANY($1) AND kind = $2 GROUP BY case_id`,
      [ids, kind],
    );
    const audit: { case_id: string; n: number }[] = await database.dataSource.query(
      `SELECT case_id, count(*)::int AS n FROM audit_log_entries WHERE case_id = ANY($1) AND action = $2 GROUP BY case_id`,
      [ids, `case.${kind}`],
    );
    return { timeline: timeline.map((r) => r.n), audit: audit.map((r) => r.n) };
  }

  const claimedSoFar = () => instances.map(({ alarms }) => alarms.claimed);

  it('passes asked for in both instances at the same moment warn and escalate each case once, done by one of them', async () => {
    clock.at = new Date('2026-03-02T15:00:00Z');
    const toWarn = await openCases(3 * BATCH + 1, new Date('2026-03-02T16:00:00Z'), new Date('2026-03-02T14:30:00Z'));
    const toEscalate = await openCases(2 * BATCH + 3, new Date('2026-03-02T14:00:00Z'), new Date('2026-03-02T12:00:00Z'));
    const before = claimedSoFar();

    const outcomes = await Promise.all(instances.map(({ watch }) => watch.job.runPass()));

    expect(outcomes).toContain('done');
    const claimed = claimedSoFar().map((n, i) => n - before[i]!);
    expect(claimed.reduce((a, b) => a + b)).toBe(toWarn.length + toEscalate.length);
    outcomes.forEach((outcome, i) => {
      if (outcome === 'held-elsewhere') expect(claimed[i]).toBe(0);
    });
    // A pass that found the lock free after the other had finished found nothing left to do.
    expect(claimed.filter((n) => n > 0)).toHaveLength(1);
    expect(await effects(toWarn, 'sla-warning')).toEqual({ timeline: toWarn.map(() => 1), audit: toWarn.map(() => 1) });
    expect(await effects(toEscalate, 'sla-escalated')).toEqual({ timeline: toEscalate.map(() => 1), audit: toEscalate.map(() => 1) });
    expect(await effects(toEscalate, 'sla-warning')).toEqual({ timeline: [], audit: [] });
  });

  it('on both instances’ schedules, as the clock moves on, each case is still warned once and escalated once', async () => {
    clock.at = new Date('2026-03-09T08:00:00Z');
    const ids = await openCases(5 * BATCH, new Date('2026-03-09T16:00:00Z'), new Date('2026-03-09T14:24:00Z'));
    instances.forEach(({ watch }) => watch.job.start());

    clock.at = new Date('2026-03-09T14:30:00Z'); // past the warning moment
    await waitFor(async () => (await effects(ids, 'sla-warning')).timeline.length === ids.length);
    clock.at = new Date('2026-03-09T16:00:01Z'); // past due
    await waitFor(async () => (await effects(ids, 'sla-escalated')).timeline.length === ids.length);
    await new Promise((resolve) => setTimeout(resolve, 200)); // a few more passes of both: nothing more may happen
    await Promise.all(instances.map(({ watch }) => watch.job.stop()));

    for (const kind of ['sla-warning', 'sla-escalated'] as const) {
      expect(await effects(ids, kind)).toEqual({ timeline: ids.map(() => 1), audit: ids.map(() => 1) });
    }
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
