import { dayNumber, type DayNumber } from './local-date';

const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Throws a RangeError for a zone the runtime does not know (e.g. a typo in configuration). */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

interface WallClock {
  day: DayNumber;
  /** Milliseconds since local midnight. */
  msOfDay: number;
}

/** The local date and time of an instant in a zone. */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const ms = ((instant % 1000) + 1000) % 1000;
  return {
    day: dayNumber(parts['year'], parts['month'], parts['day']),
    msOfDay: ((parts['hour'] * 60 + parts['minute']) * 60 + parts['second']) * 1000 + ms,
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClockAt(instant, timeZone);
  return wall.day * 86_400_000 + wall.msOfDay - instant;
}

/**
 * The instant at which a zone's wall clock shows `minuteOfDay` on `day` (minute 1440 is the next midnight).
 * As Temporal's 'compatible' disambiguation: a time skipped by a daylight-saving change (02:30 on the last
 * Sunday of March in Amsterdam) maps to the same time after the jump (03:30); a time that occurs twice maps to
 * its first occurrence.
 */
export function instantAt(day: DayNumber, minuteOfDay: number, timeZone: string): number {
  const local = day * 86_400_000 + minuteOfDay * MINUTE_MS;
  const before = local - offsetAt(local - 86_400_000 / 2, timeZone);
  const after = local - offsetAt(local + 86_400_000 / 2, timeZone);
  const candidates = [before, after].filter((t) => t + offsetAt(t, timeZone) === local);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: the wall clock never shows `local`; read it with the offset from before the jump.
  return Math.max(before, after);
}
