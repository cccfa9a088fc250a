import type { DayNumber } from './local-date';
import type { WorkingCalendar } from './working-calendar';

export type WorkingUnit = 'hours' | 'days';

/** An amount of working time: hours of opening time, or working days (one day is one day's opening hours). */
export interface WorkingSpan {
  amount: number;
  unit: WorkingUnit;
}

const HOUR_MS = 3_600_000;
/** Working days are counted in billionths of a day, in integers, so that whole days add up exactly. */
const UNITS_PER_DAY = 1_000_000_000;
/** A calendar with no opening in ten years is broken; stop rather than loop for ever. */
const MAX_CLOSED_DAYS = 3660;

/**
 * The moment `span` of working time after `start`. It ends in working time: when the span uses up an opening
 * exactly it ends at that opening's close (17:00), not at the next one's start. A start in closed time counts
 * from the next opening. `n` working days end at the same point of the n-th working day as `start` is of its
 * own (Monday 10:00 plus 3 days is Thursday 10:00, or the next working day's 10:00 past a holiday); on a day
 * with other hours "the same point" is the same share of that day's working time.
 */
export function addWorkingTime(start: Date, span: WorkingSpan, calendar: WorkingCalendar): Date {
  const t = start.getTime();
  const amount = checked(span);
  if (amount === 0) return new Date(t);
  return new Date(span.unit === 'hours' ? forwardHours(t, amount * HOUR_MS, calendar) : forwardDays(t, amount, calendar));
}

/** The moment `span` of working time before `end`; the mirror of addWorkingTime (starts in working time). */
export function subtractWorkingTime(end: Date, span: WorkingSpan, calendar: WorkingCalendar): Date {
  const t = end.getTime();
  const amount = checked(span);
  if (amount === 0) return new Date(t);
  return new Date(span.unit === 'hours' ? backwardHours(t, amount * HOUR_MS, calendar) : backwardDays(t, amount, calendar));
}

/** The working time from `from` to `to` in the unit asked for; negative when `to` is before `from`. */
export function workingTimeBetween(
  from: Date,
  to: Date,
  calendar: WorkingCalendar,
  unit: WorkingUnit = 'hours',
): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b < a) return -workingTimeBetween(to, from, calendar, unit);
  let hoursMs = 0;
  let dayUnits = 0;
  for (let day = calendar.dayOf(a), last = calendar.dayOf(b); day <= last; day++) {
    const worked = overlap(calendar, day, a, b);
    if (worked === 0) continue;
    hoursMs += worked;
    dayUnits += Math.round((worked * UNITS_PER_DAY) / calendar.lengthOf(day));
  }
  return unit === 'hours' ? hoursMs / HOUR_MS : dayUnits / UNITS_PER_DAY;
}

function checked(span: WorkingSpan): number {
  if (!Number.isFinite(span.amount) || span.amount < 0)
    throw new RangeError(`an amount of working time must be 0 or more, got ${span.amount}`);
  if (span.unit !== 'hours' && span.unit !== 'days')
    throw new RangeError(`working time is counted in hours or days, not "${String(span.unit)}"`);
  return span.amount;
}

function forwardHours(t: number, ms: number, calendar: WorkingCalendar): number {
  let remaining = ms;
  for (let day = calendar.dayOf(t), idle = 0; ; day++, idle = guard(calendar, day - 1, idle)) {
    for (const [start, end] of calendar.openingsOn(day)) {
      if (end <= t) continue;
      const from = Math.max(start, t);
      if (remaining <= end - from) return from + remaining;
      remaining -= end - from;
    }
  }
}

function backwardHours(t: number, ms: number, calendar: WorkingCalendar): number {
  let remaining = ms;
  for (let day = calendar.dayOf(t), idle = 0; ; day--, idle = guard(calendar, day + 1, idle)) {
    for (const [start, end] of [...calendar.openingsOn(day)].reverse()) {
      if (start >= t) continue;
      const to = Math.min(end, t);
      if (remaining <= to - start) return to - remaining;
      remaining -= to - start;
    }
  }
}

function forwardDays(t: number, days: number, calendar: WorkingCalendar): number {
  let remaining = Math.round(days * UNITS_PER_DAY);
  let day = calendar.dayOf(t);
  let done = shareWorkedBefore(calendar, day, t);
  for (let idle = 0; ; day++, done = 0, idle = guard(calendar, day - 1, idle)) {
    const length = calendar.lengthOf(day);
    if (length === 0) continue;
    if (remaining <= UNITS_PER_DAY - done) return pointOf(calendar, day, ((done + remaining) * length) / UNITS_PER_DAY);
    remaining -= UNITS_PER_DAY - done;
  }
}

function backwardDays(t: number, days: number, calendar: WorkingCalendar): number {
  let remaining = Math.round(days * UNITS_PER_DAY);
  let day = calendar.dayOf(t);
  let done = shareWorkedBefore(calendar, day, t);
  for (let idle = 0; ; day--, done = UNITS_PER_DAY, idle = guard(calendar, day + 1, idle)) {
    const length = calendar.lengthOf(day);
    if (length === 0) continue;
    if (remaining <= done) return pointOf(calendar, day, ((done - remaining) * length) / UNITS_PER_DAY);
    remaining -= done;
  }
}

/** How much of the day's working time lies before `t`, in units of a day. */
function shareWorkedBefore(calendar: WorkingCalendar, day: DayNumber, t: number): number {
  const length = calendar.lengthOf(day);
  if (length === 0) return 0;
  return Math.round((overlap(calendar, day, -Infinity, t) * UNITS_PER_DAY) / length);
}

/** The instant after `workedMs` of the day's working time (its first opening's start for 0, its close for all). */
function pointOf(calendar: WorkingCalendar, day: DayNumber, workedMs: number): number {
  let remaining = Math.round(workedMs);
  const openings = calendar.openingsOn(day);
  for (const [start, end] of openings) {
    if (remaining <= end - start) return start + remaining;
    remaining -= end - start;
  }
  return openings[openings.length - 1][1];
}

/** Working milliseconds of `day` between `a` and `b`. */
function overlap(calendar: WorkingCalendar, day: DayNumber, a: number, b: number): number {
  let sum = 0;
  for (const [start, end] of calendar.openingsOn(day)) sum += Math.max(0, Math.min(end, b) - Math.max(start, a));
  return sum;
}

/** Counts days in a row without opening hours and stops a walk through a calendar that never opens. */
function guard(calendar: WorkingCalendar, day: DayNumber, idle: number): number {
  if (calendar.openingsOn(day).length > 0) return 0;
  if (idle + 1 > MAX_CLOSED_DAYS) throw new RangeError(`the calendar has no working time in ${MAX_CLOSED_DAYS} days`);
  return idle + 1;
}
