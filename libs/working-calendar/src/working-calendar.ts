import { dutchPublicHolidays, type LiberationDayRule } from './dutch-holidays';
import { type DayNumber, parseIsoDate, partsOf, type Weekday, WEEKDAYS, weekdayOf } from './local-date';
import { assertTimeZone, instantAt, wallClockAt } from './time-zone';

/**
 * An organisation's working calendar as configuration writes it. Working hours per weekday are opening
 * periods `HH:MM-HH:MM` in the calendar's zone (`24:00` ends a period at midnight); a weekday without periods
 * is closed. Public holidays are the Dutch ones; `closedDays` adds the organisation's own closed dates.
 */
export interface CalendarDefinition {
  timeZone: string;
  workingHours: Readonly<Partial<Record<Weekday, readonly string[]>>>;
  /** False for an organisation that works through public holidays (a 24/7 service). */
  publicHolidays: boolean;
  liberationDay: LiberationDayRule;
  goodFriday: boolean;
  /** `YYYY-MM-DD` */
  closedDays: readonly string[];
}

/**
 * Monday to Friday 08:30–17:00 Amsterdam time, closed on the holidays of the Algemene termijnenwet
 * (Bevrijdingsdag every year, Goede Vrijdag not).
 */
export const DEFAULT_CALENDAR: CalendarDefinition = {
  timeZone: 'Europe/Amsterdam',
  workingHours: {
    monday: ['08:30-17:00'],
    tuesday: ['08:30-17:00'],
    wednesday: ['08:30-17:00'],
    thursday: ['08:30-17:00'],
    friday: ['08:30-17:00'],
  },
  publicHolidays: true,
  liberationDay: 'every-year',
  goodFriday: false,
  closedDays: [],
};

/** Minutes since local midnight: [from, to). */
type Period = readonly [number, number];
/** Instants in epoch milliseconds: [start, end). */
export type Opening = readonly [number, number];

const CACHE_LIMIT = 4096;

/** A validated working calendar that answers when it is open; build one with `WorkingCalendar.of`. */
export class WorkingCalendar {
  private readonly periods: ReadonlyMap<Weekday, readonly Period[]>;
  private readonly closedDays: ReadonlySet<DayNumber>;
  private readonly holidaysByYear = new Map<number, Map<DayNumber, string>>();
  private readonly openingsByDay = new Map<DayNumber, readonly Opening[]>();

  private constructor(readonly definition: CalendarDefinition) {
    this.periods = new Map(WEEKDAYS.map((d) => [d, parsePeriods(d, definition.workingHours[d] ?? [])]));
    this.closedDays = new Set(definition.closedDays.map(parseIsoDate));
  }

  /**
   * The default calendar with the given fields replaced. Throws a RangeError naming what is wrong: an unknown
   * zone, a malformed or overlapping period, a week without working hours, a date that does not exist.
   */
  static of(overrides: Partial<CalendarDefinition> = {}): WorkingCalendar {
    const definition: CalendarDefinition = { ...DEFAULT_CALENDAR, ...overrides };
    assertTimeZone(definition.timeZone);
    for (const key of Object.keys(definition.workingHours)) {
      if (!(WEEKDAYS as readonly string[]).includes(key))
        throw new RangeError(`"${key}" is not a weekday (use ${WEEKDAYS.join(', ')})`);
    }
    if (!['every-year', 'lustrum-years'].includes(definition.liberationDay))
      throw new RangeError(`liberationDay must be every-year or lustrum-years, got "${definition.liberationDay}"`);
    for (const flag of ['publicHolidays', 'goodFriday'] as const) {
      if (typeof definition[flag] !== 'boolean') throw new RangeError(`${flag} must be true or false`);
    }
    if (!Array.isArray(definition.closedDays)) throw new RangeError('closedDays must be a list of dates');
    const calendar = new WorkingCalendar(definition);
    if ([...calendar.periods.values()].every((periods) => periods.length === 0))
      throw new RangeError('a working calendar needs working hours on at least one weekday');
    return calendar;
  }

  /** The local date of an instant in the calendar's zone. */
  dayOf(instant: number): DayNumber {
    return wallClockAt(instant, this.definition.timeZone).day;
  }

  /** The name of the public holiday or "closed" for an organisation's own closed day; null on other days. */
  closureOn(day: DayNumber): string | null {
    const holiday = this.definition.publicHolidays ? this.holidaysOf(partsOf(day).year).get(day) : undefined;
    if (holiday) return holiday;
    return this.closedDays.has(day) ? 'closed' : null;
  }

  /** When the calendar is open on a local date, in order; empty on a closed day. */
  openingsOn(day: DayNumber): readonly Opening[] {
    let openings = this.openingsByDay.get(day);
    if (!openings) {
      const zone = this.definition.timeZone;
      openings = this.closureOn(day)
        ? []
        : (this.periods.get(weekdayOf(day)) ?? [])
            .map(([from, to]): Opening => [instantAt(day, from, zone), instantAt(day, to, zone)])
            .filter(([start, end]) => end > start);
      if (this.openingsByDay.size >= CACHE_LIMIT) this.openingsByDay.clear();
      this.openingsByDay.set(day, openings);
    }
    return openings;
  }

  /** Working milliseconds on a local date. */
  lengthOf(day: DayNumber): number {
    return this.openingsOn(day).reduce((sum, [start, end]) => sum + end - start, 0);
  }

  /** True when the instant lies within an opening, its start and end included. */
  isWorkingTime(instant: Date): boolean {
    const t = instant.getTime();
    const day = this.dayOf(t);
    return [day - 1, day].some((d) => this.openingsOn(d).some(([start, end]) => start <= t && t <= end));
  }

  private holidaysOf(year: number): Map<DayNumber, string> {
    let holidays = this.holidaysByYear.get(year);
    if (!holidays) {
      holidays = new Map(dutchPublicHolidays(year, this.definition).map((h) => [h.day, h.name]));
      this.holidaysByYear.set(year, holidays);
    }
    return holidays;
  }
}

function parsePeriods(weekday: Weekday, texts: readonly string[]): Period[] {
  if (!Array.isArray(texts)) throw new RangeError(`working hours of ${weekday} must be a list like ["08:30-17:00"]`);
  const periods = texts.map((text) => {
    const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(String(text));
    const from = match ? minutes(match[1], match[2]) : NaN;
    const to = match ? minutes(match[3], match[4]) : NaN;
    if (!(from >= 0 && to <= 24 * 60 && from < to))
      throw new RangeError(`working hours of ${weekday}: "${text}" is not a period like 08:30-17:00`);
    return [from, to] as const;
  });
  periods.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < periods.length; i++) {
    if (periods[i][0] < periods[i - 1][1])
      throw new RangeError(`working hours of ${weekday} overlap: ${texts.join(', ')}`);
  }
  return periods;
}

function minutes(hours: string, mins: string): number {
  const h = Number(hours);
  const m = Number(mins);
  if (m > 59 || h > 24 || (h === 24 && m > 0)) return NaN;
  return h * 60 + m;
}
