import type { WorkingCalendar } from './working-calendar';
import { addWorkingTime, subtractWorkingTime, type WorkingSpan, workingTimeBetween } from './working-time';

const HOUR_MS = 3_600_000;

/** A service-level agreement as a routing decision states it: how long, in which unit, on which clock. */
export interface Sla extends WorkingSpan {
  /** `working`: on the organisation's working calendar; `calendar`: elapsed time, a day is 24 hours. */
  calendar: 'working' | 'calendar';
}

/** When to warn that a case nears its due date: at a share of the SLA left, or hours before it is due. */
export type WarnBefore = { share: number } | { hours: number };

/** Reads `20%` (warn when a fifth of the SLA is left) or `4h` (four hours before due, on the SLA's clock). */
export function parseWarnBefore(text: string): WarnBefore {
  const share = /^(\d+(?:\.\d+)?)%$/.exec(text.trim());
  if (share && Number(share[1]) <= 100) return { share: Number(share[1]) / 100 };
  const hours = /^(\d+(?:\.\d+)?)h$/.exec(text.trim());
  if (hours) return { hours: Number(hours[1]) };
  throw new RangeError(`"${text}" is neither a share of the SLA like 20% nor hours like 4h`);
}

/** `amount` hours or days of 24 hours after `start`, in elapsed time (daylight saving does not matter). */
export function calendarDueDate(start: Date, span: WorkingSpan): Date {
  if (!Number.isFinite(span.amount) || span.amount < 0)
    throw new RangeError(`an SLA amount must be 0 or more, got ${span.amount}`);
  return new Date(start.getTime() + Math.round(elapsedMs(span)));
}

/** When a case that started at `start` is due under its SLA, on the organisation's calendar when it is a working SLA. */
export function slaDueDate(start: Date, sla: Sla, calendar: WorkingCalendar): Date {
  return sla.calendar === 'working' ? addWorkingTime(start, sla, calendar) : calendarDueDate(start, sla);
}

/** The time from `from` to `to` as the SLA counts it, in the SLA's unit. */
export function slaTimeBetween(from: Date, to: Date, sla: Sla, calendar: WorkingCalendar): number {
  if (sla.calendar === 'working') return workingTimeBetween(from, to, calendar, sla.unit);
  return (to.getTime() - from.getTime()) / elapsedMs({ amount: 1, unit: sla.unit });
}

/**
 * The due date after a pause (the case waited on a third party from `pausedAt` to `resumedAt`): the old due
 * date moved on by the paused time as the SLA counts it, so a working SLA is not charged for the evenings,
 * weekends and holidays of the pause, nor credited with them.
 */
export function dueDateAfterPause(dueAt: Date, pausedAt: Date, resumedAt: Date, sla: Sla, calendar: WorkingCalendar): Date {
  const paused = Math.max(0, slaTimeBetween(pausedAt, resumedAt, sla, calendar));
  return slaDueDate(dueAt, { ...sla, amount: paused }, calendar);
}

/** When to warn about a case due at `dueAt`: the configured lead before it, on the SLA's own clock. */
export function warningMoment(dueAt: Date, sla: Sla, warnBefore: WarnBefore, calendar: WorkingCalendar): Date {
  const lead: WorkingSpan =
    'share' in warnBefore ? { amount: sla.amount * warnBefore.share, unit: sla.unit } : { amount: warnBefore.hours, unit: 'hours' };
  if (sla.calendar === 'working') return subtractWorkingTime(dueAt, lead, calendar);
  return new Date(dueAt.getTime() - Math.round(elapsedMs(lead)));
}

function elapsedMs(span: WorkingSpan): number {
  return span.unit === 'days' ? span.amount * 24 * HOUR_MS : span.amount * HOUR_MS;
}
