import { PolicyError } from '../policy/policy-error';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** UTC offsets change only on quarter-hour boundaries, so one offset per quarter hour is exact. */
const BUCKET_MS = 15 * MINUTE_MS;
const MAX_CACHED_BUCKETS = 50_000;

interface ZoneClock {
  readonly format: Intl.DateTimeFormat;
  readonly offsets: Map<number, number>;
}

const clocks = new Map<string, ZoneClock>();

function clockFor(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      throw new PolicyError('invalid-time-zone', `unknown time zone "${timeZone}"`);
    }
    clock = { format, offsets: new Map() };
    clocks.set(timeZone, clock);
  }
  return clock;
}

/** Throws PolicyError('invalid-time-zone') unless the zone is known; caches its formatter. */
export function assertTimeZone(timeZone: string): void {
  clockFor(timeZone);
}

function offsetAt(clock: ZoneClock, bucketStart: number): number {
  const parts = clock.format.formatToParts(new Date(bucketStart));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of parts) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return Date.UTC(year, month - 1, day, hour, minute) - bucketStart;
}

/**
 * Minutes since Sunday 00:00 local time (0 … 10079) of an instant in a time zone. Offsets are cached per
 * quarter hour, so reports submitted around the same time cost one Map lookup.
 */
export function weekMinuteIn(instant: Date, timeZone: string): number {
  const clock = clockFor(timeZone);
  const ms = instant.getTime();
  const bucket = Math.floor(ms / BUCKET_MS);
  let offset = clock.offsets.get(bucket);
  if (offset === undefined) {
    offset = offsetAt(clock, bucket * BUCKET_MS);
    if (clock.offsets.size >= MAX_CACHED_BUCKETS) clock.offsets.clear();
    clock.offsets.set(bucket, offset);
  }
  const local = ms + offset;
  const dayNumber = Math.floor(local / DAY_MS);
  const weekday = (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const minuteOfDay = Math.floor((local - dayNumber * DAY_MS) / MINUTE_MS);
  return weekday * 1440 + minuteOfDay;
}
