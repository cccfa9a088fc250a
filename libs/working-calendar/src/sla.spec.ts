import {
  calendarDueDate,
  dueDateAfterPause,
  parseWarnBefore,
  type Sla,
  slaDueDate,
  slaTimeBetween,
  warningMoment,
} from './sla';
import { WorkingCalendar } from './working-calendar';

const at = (iso: string) => new Date(iso);
const standard = WorkingCalendar.of();
const working = (amount: number, unit: 'hours' | 'days'): Sla => ({ amount, unit, calendar: 'working' });
const elapsed = (amount: number, unit: 'hours' | 'days'): Sla => ({ amount, unit, calendar: 'calendar' });

describe('calendar due date', () => {
  const openedAt = at('2026-03-27T10:15:00.000Z');

  it('adds hours and days of 24 hours in elapsed time, across a daylight-saving change and a weekend', () => {
    expect(calendarDueDate(openedAt, { amount: 8, unit: 'hours' }).toISOString()).toBe('2026-03-27T18:15:00.000Z');
    expect(calendarDueDate(openedAt, { amount: 3, unit: 'days' }).toISOString()).toBe('2026-03-30T10:15:00.000Z');
    expect(calendarDueDate(openedAt, { amount: 0.5, unit: 'hours' }).toISOString()).toBe('2026-03-27T10:45:00.000Z');
    expect(calendarDueDate(openedAt, { amount: 0, unit: 'days' })).toEqual(openedAt);
  });

  it('refuses a negative amount', () => {
    expect(() => calendarDueDate(openedAt, { amount: -1, unit: 'days' })).toThrow(RangeError);
  });
});

describe('slaDueDate', () => {
  it('counts a working SLA on the calendar and a calendar SLA in elapsed time', () => {
    const fridayAfternoon = at('2026-04-24T13:00:00Z'); // Fri 15:00 CEST, Koningsdag on Monday
    expect(slaDueDate(fridayAfternoon, working(3, 'days'), standard).toISOString()).toBe('2026-04-30T13:00:00.000Z');
    expect(slaDueDate(fridayAfternoon, working(4, 'hours'), standard).toISOString()).toBe('2026-04-28T08:30:00.000Z');
    expect(slaDueDate(fridayAfternoon, elapsed(3, 'days'), standard).toISOString()).toBe('2026-04-27T13:00:00.000Z');
  });
});

describe('pausing the SLA clock', () => {
  it('moves a working due date on by the working time of the pause only', () => {
    // Due Thursday 30 April 15:00; waiting from Tuesday 28th 16:00 to Wednesday 29th 09:00: 1h + 0.5h of working time.
    const due = dueDateAfterPause(at('2026-04-30T13:00:00Z'), at('2026-04-28T14:00:00Z'), at('2026-04-29T07:00:00Z'), working(8, 'hours'), standard);
    expect(due.toISOString()).toBe('2026-04-30T14:30:00.000Z');
    expect(slaTimeBetween(at('2026-04-28T14:00:00Z'), at('2026-04-29T07:00:00Z'), working(8, 'hours'), standard)).toBe(1.5);
  });

  it('charges nothing for a pause over a weekend and holidays', () => {
    const due = at('2026-04-30T13:00:00Z');
    expect(dueDateAfterPause(due, at('2026-04-24T15:00:00Z'), at('2026-04-28T06:30:00Z'), working(3, 'days'), standard)).toEqual(due);
  });

  it('moves a working-days due date by the share of days paused and a calendar due date by the elapsed pause', () => {
    // A pause of one whole working day (Tue 28th 15:00 to Wed 29th 15:00).
    expect(
      dueDateAfterPause(at('2026-04-30T13:00:00Z'), at('2026-04-28T13:00:00Z'), at('2026-04-29T13:00:00Z'), working(3, 'days'), standard).toISOString(),
    ).toBe('2026-05-01T13:00:00.000Z');
    expect(
      dueDateAfterPause(at('2026-04-30T13:00:00Z'), at('2026-04-25T13:00:00Z'), at('2026-04-27T01:00:00Z'), elapsed(5, 'days'), standard).toISOString(),
    ).toBe('2026-05-02T01:00:00.000Z');
  });
});

describe('warning before breach', () => {
  it('warns when a share of the SLA is left, or hours before due, on the SLA’s own clock', () => {
    const due = at('2026-04-30T13:00:00Z'); // Thu 15:00 CEST
    expect(warningMoment(due, working(5, 'days'), { share: 0.2 }, standard).toISOString()).toBe('2026-04-29T13:00:00.000Z');
    expect(warningMoment(due, working(5, 'days'), { hours: 8.5 }, standard).toISOString()).toBe('2026-04-29T13:00:00.000Z');
    expect(warningMoment(at('2026-04-28T07:00:00Z'), working(8, 'hours'), { hours: 2 }, standard).toISOString()).toBe(
      '2026-04-24T13:30:00.000Z',
    ); // Tue 09:00 minus 2h → Fri 15:30: half an hour on Tuesday, Koningsdag and the weekend closed
    expect(warningMoment(due, elapsed(2, 'days'), { share: 0.25 }, standard).toISOString()).toBe('2026-04-30T01:00:00.000Z');
  });

  it('reads the configured lead', () => {
    expect(parseWarnBefore('20%')).toEqual({ share: 0.2 });
    expect(parseWarnBefore(' 4h ')).toEqual({ hours: 4 });
    expect(parseWarnBefore('1.5h')).toEqual({ hours: 1.5 });
    for (const bad of ['20', '120%', '4 hours', '-2h', '']) expect(() => parseWarnBefore(bad)).toThrow(RangeError);
  });
});
