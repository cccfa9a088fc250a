import { InMemoryCaseReferrals } from '../../testing/referral-fakes';
import {
  aCase,
  defaultSlaPlanner,
  fakeDataSource,
  FixedClock,
  InMemoryCaseJournal,
  InMemoryCaseRepository,
  RecordingOutbox,
  SANNE,
} from '../../testing/workbench-fakes';
import { CaseAccess } from '../cases/case-access';
import { ChangeStatus } from '../cases/change-status/change-status.use-case';
import type { ChangeStatusRequest } from '../cases/change-status/change-status.request';
import { SlaPlanner } from './sla-planner';

const at = (iso: string) => new Date(iso);
const ALL_DAY = ['00:00-24:00'];

describe('SlaPlanner', () => {
  const planner = new SlaPlanner({
    calendars: {
      default: { goodFriday: true },
      organisations: {
        police: {
          publicHolidays: false,
          workingHours: { monday: ALL_DAY, tuesday: ALL_DAY, wednesday: ALL_DAY, thursday: ALL_DAY, friday: ALL_DAY, saturday: ALL_DAY, sunday: ALL_DAY },
        },
      },
    },
    warnBefore: { hours: 2 },
  });

  it('plans the due date and the warning on the calendar of the organisation that has the case', () => {
    const thursdayBeforeEaster = at('2026-04-02T13:00:00Z'); // 15:00 CEST
    const sla = { amount: 8, unit: 'hours', calendar: 'working' } as const;
    // Municipality: Goede Vrijdag (default override) and Tweede Paasdag closed: 2 h Thursday, 6 h Tuesday.
    expect(planner.start('municipality', sla, thursdayBeforeEaster)).toEqual({
      dueAt: at('2026-04-07T12:30:00Z'),
      slaWarnAt: at('2026-04-07T10:30:00Z'),
      slaPausedAt: null,
      slaWarnedAt: null,
      slaEscalatedAt: null,
    });
    // Police works round the clock, holidays included.
    expect(planner.start('police', sla, thursdayBeforeEaster)).toMatchObject({
      dueAt: at('2026-04-02T21:00:00Z'),
      slaWarnAt: at('2026-04-02T19:00:00Z'),
    });
  });

  it('pauses the clock into waiting and moves the due date on by the paused working time out of it', () => {
    const kase = { organisation: 'municipality', sla: { amount: 2, unit: 'days', calendar: 'working' } as const, dueAt: at('2026-04-09T13:00:00Z') };
    expect(planner.onStatusChange({ ...kase, status: 'in_progress', slaPausedAt: null }, 'waiting', at('2026-04-08T13:00:00Z'))).toEqual({
      slaPausedAt: at('2026-04-08T13:00:00Z'),
    });
    // Waiting Wed 15:00 to Thu 15:00 CEST: one working day; due Thu 15:00 becomes Fri 15:00.
    expect(
      planner.onStatusChange({ ...kase, status: 'waiting', slaPausedAt: at('2026-04-08T13:00:00Z') }, 'in_progress', at('2026-04-09T13:00:00Z')),
    ).toEqual({ dueAt: at('2026-04-10T13:00:00Z'), slaWarnAt: at('2026-04-10T11:00:00Z'), slaPausedAt: null });
    expect(planner.onStatusChange({ ...kase, status: 'assigned', slaPausedAt: null }, 'in_progress', at('2026-04-09T13:00:00Z'))).toEqual({});
  });

  it('moves a calendar-time due date on by the elapsed pause', () => {
    const kase = { organisation: 'municipality', sla: { amount: 3, unit: 'days', calendar: 'calendar' } as const, dueAt: at('2026-04-09T13:00:00Z') };
    expect(
      planner.onStatusChange({ ...kase, status: 'waiting', slaPausedAt: at('2026-04-04T10:00:00Z') }, 'assigned', at('2026-04-06T16:30:00Z')),
    ).toMatchObject({ dueAt: at('2026-04-11T19:30:00Z'), slaPausedAt: null });
  });

  it('starts the whole SLA afresh when a closed case reopens, so it is not escalated at once', () => {
    const kase = { organisation: 'police', sla: { amount: 3, unit: 'days', calendar: 'calendar' } as const, dueAt: at('2026-03-01T10:00:00Z') };
    expect(
      planner.onStatusChange({ ...kase, status: 'closed', slaPausedAt: null }, 'in_progress', at('2026-04-06T16:30:00Z')),
    ).toEqual({
      dueAt: at('2026-04-09T16:30:00Z'),
      slaWarnAt: at('2026-04-09T14:30:00Z'),
      slaPausedAt: null,
      slaWarnedAt: null,
      slaEscalatedAt: null,
    });
  });
});

describe('waiting pauses the SLA clock of a case (ChangeStatus)', () => {
  it('records when the case started waiting and moves its due date when it resumes, noting it on the timeline', async () => {
    const kase = aCase({
      status: 'in_progress',
      version: 3,
      assignee: SANNE.subject,
      sla: { amount: 1, unit: 'days', calendar: 'working' },
      dueAt: at('2026-03-03T09:00:00Z'), // Tue 10:00 CET
    });
    const cases = new InMemoryCaseRepository(kase);
    const journal = new InMemoryCaseJournal();
    const referrals = new InMemoryCaseReferrals(cases);
    const clock = new FixedClock(at('2026-03-02T15:00:00Z')); // Mon 16:00
    const sut = new ChangeStatus(
      fakeDataSource,
      new CaseAccess(cases, referrals),
      cases,
      journal,
      new RecordingOutbox(),
      clock,
      { reopenWindowDays: 30 },
      referrals,
      defaultSlaPlanner(),
    );
    const ask = (body: Partial<ChangeStatusRequest>) => sut.execute(SANNE, kase.id, body as ChangeStatusRequest);

    const waiting = await ask({ transition: 'wait', reason: 'Wacht op de aannemer', expectedVersion: 3 });
    expect(waiting.sla).toMatchObject({ pausedAt: '2026-03-02T15:00:00.000Z', dueAt: '2026-03-03T09:00:00.000Z' });

    clock.at = at('2026-03-04T08:30:00Z'); // Wed 09:30: paused 1 h Monday + 8.5 h Tuesday + 1 h Wednesday = 10.5 h
    const resumed = await ask({ transition: 'resume', expectedVersion: 4 });
    // 10.5 h is 1 + 2/8.5 working days after Tue 10:00: Wed 10:00, then 2 h more → Wed 12:00 CET.
    expect(resumed.sla).toMatchObject({ pausedAt: null, dueAt: '2026-03-04T11:00:00.000Z' });
    expect(journal.entries.at(-1)).toMatchObject({
      kind: 'status-changed',
      details: { transition: 'resume', dueAt: '2026-03-04T11:00:00.000Z' },
    });
  });
});
