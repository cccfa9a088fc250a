import type { EntityManager } from 'typeorm';
import { fakeDataSource, FixedClock, InMemoryCaseJournal } from '../../../testing/workbench-fakes';
import { SlaAlarm, SlaAlarms } from './sla-alarms';
import { WatchSla } from './watch-sla.job';

/** Claims as the database would: each alarm once, at most `limit` at a time, only when it is due at `now`. */
class InMemorySlaAlarms extends SlaAlarms {
  readonly warnings: (SlaAlarm & { at: Date })[] = [];
  readonly escalations: SlaAlarm[] = [];
  claims = 0;

  async claimWarnings(_: EntityManager, now: Date, limit: number): Promise<SlaAlarm[]> {
    this.claims += 1;
    const due = this.warnings.filter((w) => w.at <= now && w.dueAt >= now).slice(0, limit);
    for (const alarm of due) this.warnings.splice(this.warnings.indexOf(alarm), 1);
    return due;
  }

  async claimEscalations(_: EntityManager, now: Date, limit: number): Promise<SlaAlarm[]> {
    this.claims += 1;
    const due = this.escalations.filter((e) => e.dueAt < now).slice(0, limit);
    for (const alarm of due) this.escalations.splice(this.escalations.indexOf(alarm), 1);
    return due;
  }
}

const alarm = (n: number, dueAt: string): SlaAlarm => ({
  caseId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  organisation: 'municipality',
  team: 'stadsbeheer',
  assignee: n % 2 ? 'subject-1' : null,
  dueAt: new Date(dueAt),
});

describe('WatchSla', () => {
  function setup() {
    const alarms = new InMemorySlaAlarms();
    const journal = new InMemoryCaseJournal();
    const clock = new FixedClock(new Date('2026-03-02T15:00:00Z'));
    const sut = new WatchSla(fakeDataSource, alarms, journal, clock, { watchIntervalMs: 0, watchBatchSize: 2 });
    return { sut, alarms, journal, clock };
  }

  it('records a warning and an escalation on the timeline of each case claimed, batch after batch', async () => {
    const { sut, alarms, journal } = setup();
    for (let n = 1; n <= 5; n++) alarms.warnings.push({ ...alarm(n, '2026-03-02T16:00:00Z'), at: new Date('2026-03-02T14:24:00Z') });
    alarms.escalations.push(alarm(6, '2026-03-02T14:00:00Z'), alarm(7, '2026-03-03T14:00:00Z'));

    expect(await sut.runOnce()).toEqual({ warned: 5, escalated: 1 });
    expect(alarms.claims).toBe(3 + 1);
    expect(journal.entries.map((e) => e.kind)).toEqual([...Array(5).fill('sla-warning'), 'sla-escalated']);
    expect(journal.entries.at(-1)).toEqual({
      caseId: alarm(6, '2026-03-02T14:00:00Z').caseId,
      kind: 'sla-escalated',
      details: { dueAt: '2026-03-02T14:00:00.000Z', team: 'stadsbeheer', assignee: null, escalatedTo: 'coordinators' },
      actorSubject: null,
      actorUsername: null,
      actorOrganisation: null,
      visibleToOrganisation: null,
      caseVersion: null,
      occurredAt: new Date('2026-03-02T15:00:00Z'),
    });
    expect(await sut.runOnce()).toEqual({ warned: 0, escalated: 0 });
  });

  it('reads the time from the clock at every run', async () => {
    const { sut, alarms, clock } = setup();
    alarms.escalations.push(alarm(8, '2026-03-03T14:00:00Z'));
    expect((await sut.runOnce()).escalated).toBe(0);
    clock.at = new Date('2026-03-03T14:00:01Z');
    expect((await sut.runOnce()).escalated).toBe(1);
  });
});
