const DAY_MS = 86_400_000;

/** A date without a time or zone, as a day number: days since 1970-01-01. Easy to step and compare. */
export type DayNumber = number;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function weekdayOf(day: DayNumber): Weekday {
  return WEEKDAYS[new Date(day * DAY_MS).getUTCDay()];
}

export function partsOf(day: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `2026-04-27` */
export function isoDate(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Reads `YYYY-MM-DD`; throws on anything else, including dates that do not exist (2026-02-30). */
export function parseIsoDate(text: string): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a date like 2026-12-24`);
  const day = dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
  if (isoDate(day) !== text) throw new RangeError(`"${text}" is a date that does not exist`);
  return day;
}
