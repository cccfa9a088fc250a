import { SeededRandom } from '@loket/seeded-random';
import { WorkingCalendar } from './working-calendar';
import { addWorkingTime, subtractWorkingTime, type WorkingSpan, workingTimeBetween } from './working-time';

// Property-style: random calendars, moments (2024-2031, both sides of every daylight-saving change) and spans.

const ALL_DAY = ['00:00-24:00'];
const CALENDARS = [
  WorkingCalendar.of(),
  WorkingCalendar.of({ workingHours: { monday: ['08:30-12:00', '13:00-17:00'], wednesday: ['09:00-13:00'], friday: ['08:00-16:30'] } }),
  WorkingCalendar.of({ liberationDay: 'lustrum-years', goodFriday: true, closedDays: ['2026-12-24', '2027-12-31', '2028-05-26'] }),
  WorkingCalendar.of({
    publicHolidays: false,
    workingHours: { monday: ALL_DAY, tuesday: ALL_DAY, wednesday: ALL_DAY, thursday: ALL_DAY, friday: ALL_DAY, saturday: ALL_DAY, sunday: ALL_DAY },
  }),
  WorkingCalendar.of({ workingHours: { saturday: ['01:30-03:30', '22:00-24:00'], sunday: ['00:00-02:30'] } }),
];
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2031, 11, 1);
const CASES = 400;

function randomMoment(random: SeededRandom): Date {
  const ms = FROM + random.next() * (TO - FROM);
  return new Date(random.chance(0.3) ? Math.round(ms / 1_800_000) * 1_800_000 : Math.round(ms));
}

function randomSpan(random: SeededRandom): WorkingSpan {
  return random.chance(0.5)
    ? { amount: random.int(200 * 60) / 60, unit: 'hours' }
    : { amount: random.int(30 * 8) / 8, unit: 'days' };
}

const TOLERANCE = 1e-6;

describe('working time with random calendars, moments and spans (seeded)', () => {
  it('ends later than it starts, in working time, and measures back to the span', () => {
    const random = new SeededRandom(20260406);
    for (let i = 0; i < CASES; i++) {
      const calendar = random.pick(CALENDARS);
      const start = randomMoment(random);
      const span = randomSpan(random);
      const end = addWorkingTime(start, span, calendar);
      expect(end.getTime()).toBeGreaterThanOrEqual(start.getTime());
      if (span.amount > 0) expect({ end, open: calendar.isWorkingTime(end) }).toEqual({ end, open: true });
      const measured = workingTimeBetween(start, end, calendar, span.unit);
      expect(Math.abs(measured - span.amount)).toBeLessThan(TOLERANCE);
    }
  });

  it('is monotonic in the span and in the start', () => {
    const random = new SeededRandom(27042026);
    for (let i = 0; i < CASES; i++) {
      const calendar = random.pick(CALENDARS);
      const start = randomMoment(random);
      const span = randomSpan(random);
      const more = { ...span, amount: span.amount + random.int(40) / 4 };
      const later = new Date(start.getTime() + random.int(5 * 86_400_000));
      expect(addWorkingTime(start, more, calendar).getTime()).toBeGreaterThanOrEqual(
        addWorkingTime(start, span, calendar).getTime(),
      );
      expect(addWorkingTime(later, span, calendar).getTime()).toBeGreaterThanOrEqual(
        addWorkingTime(start, span, calendar).getTime(),
      );
    }
  });

  it('subtracts to a moment in working time from which the span measures back', () => {
    const random = new SeededRandom(5052025);
    for (let i = 0; i < CASES; i++) {
      const calendar = random.pick(CALENDARS);
      const end = randomMoment(random);
      const span = randomSpan(random);
      const start = subtractWorkingTime(end, span, calendar);
      expect(start.getTime()).toBeLessThanOrEqual(end.getTime());
      if (span.amount > 0) expect({ start, open: calendar.isWorkingTime(start) }).toEqual({ start, open: true });
      expect(Math.abs(workingTimeBetween(start, end, calendar, span.unit) - span.amount)).toBeLessThan(TOLERANCE);
    }
  });

  it('measures additively: a to b plus b to c is a to c', () => {
    const random = new SeededRandom(1012030);
    for (let i = 0; i < CASES; i++) {
      const calendar = random.pick(CALENDARS);
      const a = randomMoment(random);
      const [b, c] = [random.next(), random.next()]
        .sort()
        .map((share) => new Date(a.getTime() + Math.round(share * 90 * 86_400_000)));
      const unit = random.pick(['hours', 'days'] as const);
      const whole = workingTimeBetween(a, c, calendar, unit);
      const parts = workingTimeBetween(a, b, calendar, unit) + workingTimeBetween(b, c, calendar, unit);
      expect(Math.abs(whole - parts)).toBeLessThan(unit === 'hours' ? 1e-6 : 1e-5);
    }
  });
});
