import { WorkingCalendar } from './working-calendar';
import { addWorkingTime, subtractWorkingTime, workingTimeBetween } from './working-time';

const at = (iso: string) => new Date(iso);
const standard = WorkingCalendar.of();
const add = (iso: string, amount: number, unit: 'hours' | 'days', calendar = standard) =>
  addWorkingTime(at(iso), { amount, unit }, calendar).toISOString();
const subtract = (iso: string, amount: number, unit: 'hours' | 'days', calendar = standard) =>
  subtractWorkingTime(at(iso), { amount, unit }, calendar).toISOString();

// Amsterdam is UTC+1 until 29 March 2026 01:00Z, then UTC+2 until 25 October 2026 01:00Z.
describe('addWorkingTime', () => {
  it('adds hours within a day and across the weekend', () => {
    expect(add('2026-03-02T09:00:00Z', 3, 'hours')).toBe('2026-03-02T12:00:00.000Z'); // Mon 10:00 → 13:00
    expect(add('2026-03-06T14:00:00Z', 4, 'hours')).toBe('2026-03-09T09:30:00.000Z'); // Fri 15:00 → Mon 10:30
    expect(add('2026-03-07T11:00:00Z', 1, 'hours')).toBe('2026-03-09T08:30:00.000Z'); // Sat → Mon 09:30
  });

  it('ends at closing time when the span uses up a day, not at the next opening', () => {
    expect(add('2026-03-02T07:30:00Z', 8.5, 'hours')).toBe('2026-03-02T16:00:00.000Z');
    expect(add('2026-03-02T07:30:00Z', 1, 'days')).toBe('2026-03-02T16:00:00.000Z');
    expect(add('2026-03-06T18:00:00Z', 1, 'days')).toBe('2026-03-09T16:00:00.000Z'); // Fri evening → Mon 17:00
  });

  it('keeps the time of day over a daylight-saving change', () => {
    expect(add('2026-03-27T09:00:00Z', 1, 'days')).toBe('2026-03-30T08:00:00.000Z'); // Fri 10:00 CET → Mon 10:00 CEST
    expect(add('2026-10-23T08:00:00Z', 1, 'days')).toBe('2026-10-26T09:00:00.000Z'); // Fri 10:00 CEST → Mon 10:00 CET
    expect(add('2026-03-27T15:30:00Z', 1, 'hours')).toBe('2026-03-30T07:00:00.000Z'); // Fri 16:30 CET → Mon 09:00 CEST
  });

  it('skips Easter Monday, Koningsdag and Bevrijdingsdag, and Goede Vrijdag where the calendar closes on it', () => {
    expect(add('2026-04-02T08:00:00Z', 2, 'days')).toBe('2026-04-07T08:00:00.000Z'); // Thu → Fri → Tue
    expect(add('2026-04-02T08:00:00Z', 2, 'days', WorkingCalendar.of({ goodFriday: true }))).toBe('2026-04-08T08:00:00.000Z');
    expect(add('2026-04-24T14:00:00Z', 2, 'hours')).toBe('2026-04-28T07:30:00.000Z'); // Fri 16:00 → Tue 09:30
    expect(add('2026-05-04T07:00:00Z', 1, 'days')).toBe('2026-05-06T07:00:00.000Z');
    expect(add('2026-05-04T07:00:00Z', 1, 'days', WorkingCalendar.of({ liberationDay: 'lustrum-years' }))).toBe(
      '2026-05-05T07:00:00.000Z',
    );
    expect(add('2025-04-25T13:00:00Z', 1, 'days')).toBe('2025-04-28T13:00:00.000Z'); // Koningsdag on Saturday 26th
  });

  it('counts a lunch break out and a closed day of the organisation', () => {
    const lunch = WorkingCalendar.of({ workingHours: { monday: ['08:30-12:00', '13:00-17:00'] }, closedDays: ['2026-03-09'] });
    expect(add('2026-03-02T10:00:00Z', 2, 'hours', lunch)).toBe('2026-03-02T13:00:00.000Z'); // 11:00 → 14:00
    expect(add('2026-03-02T10:00:00Z', 1, 'days', lunch)).toBe('2026-03-16T10:00:00.000Z'); // next Monday is closed
  });

  it('adds nothing for zero, and refuses negative or unknown amounts', () => {
    expect(add('2026-03-07T11:00:00Z', 0, 'hours')).toBe('2026-03-07T11:00:00.000Z');
    expect(() => add('2026-03-07T11:00:00Z', -1, 'hours')).toThrow(RangeError);
    expect(() => addWorkingTime(at('2026-03-07T11:00:00Z'), { amount: 1, unit: 'weeks' as 'days' }, standard)).toThrow(RangeError);
  });
});

describe('subtractWorkingTime', () => {
  it('goes back through closed time and starts in working time', () => {
    expect(subtract('2026-03-09T08:00:00Z', 1, 'hours')).toBe('2026-03-06T15:30:00.000Z'); // Mon 09:00 → Fri 16:30
    expect(subtract('2026-03-09T09:30:00Z', 2, 'hours')).toBe('2026-03-09T07:30:00.000Z'); // Mon 10:30 → Mon 08:30
    expect(subtract('2026-04-07T08:00:00Z', 2, 'days')).toBe('2026-04-02T08:00:00.000Z');
  });
});

describe('workingTimeBetween', () => {
  it('measures working hours and days, negative backwards', () => {
    expect(workingTimeBetween(at('2026-03-06T14:00:00Z'), at('2026-03-09T09:30:00Z'), standard)).toBe(4);
    expect(workingTimeBetween(at('2026-03-09T09:30:00Z'), at('2026-03-06T14:00:00Z'), standard)).toBe(-4);
    expect(workingTimeBetween(at('2026-03-06T14:00:00Z'), at('2026-03-09T09:30:00Z'), standard, 'days')).toBeCloseTo(4 / 8.5, 8);
    expect(workingTimeBetween(at('2026-04-02T08:00:00Z'), at('2026-04-07T08:00:00Z'), standard, 'days')).toBe(2);
    expect(workingTimeBetween(at('2026-03-07T08:00:00Z'), at('2026-03-08T20:00:00Z'), standard)).toBe(0);
  });
});
