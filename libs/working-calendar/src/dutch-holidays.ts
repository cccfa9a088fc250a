import { easterSunday } from './easter';
import { dayNumber, type DayNumber, weekdayOf } from './local-date';

/** Bevrijdingsdag (5 May) off every year, or only in lustrum years (2025, 2030, …) as many collective agreements say. */
export type LiberationDayRule = 'every-year' | 'lustrum-years';

export interface HolidayOptions {
  liberationDay: LiberationDayRule;
  /** Goede Vrijdag is no public holiday under the Algemene termijnenwet, but some organisations close. */
  goodFriday: boolean;
}

export interface PublicHoliday {
  day: DayNumber;
  name: string;
}

/**
 * The Dutch public holidays of a year: those of the Algemene termijnenwet plus Eerste Paas- and Pinksterdag
 * (Sundays anyway). Koningsdag is 27 April, or 26 April when the 27th is a Sunday (from 2014; before that
 * Koninginnedag, 30 April, or 29 April when the 30th was a Sunday). Ordered by date.
 */
export function dutchPublicHolidays(year: number, options: HolidayOptions): PublicHoliday[] {
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { day: dayNumber(year, 1, 1), name: 'Nieuwjaarsdag' },
    { day: easter, name: 'Eerste Paasdag' },
    { day: easter + 1, name: 'Tweede Paasdag' },
    kingsDay(year),
    { day: easter + 39, name: 'Hemelvaartsdag' },
    { day: easter + 49, name: 'Eerste Pinksterdag' },
    { day: easter + 50, name: 'Tweede Pinksterdag' },
    { day: dayNumber(year, 12, 25), name: 'Eerste Kerstdag' },
    { day: dayNumber(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  if (options.goodFriday) holidays.push({ day: easter - 2, name: 'Goede Vrijdag' });
  if (options.liberationDay === 'every-year' || year % 5 === 0)
    holidays.push({ day: dayNumber(year, 5, 5), name: 'Bevrijdingsdag' });
  return holidays.sort((a, b) => a.day - b.day);
}

function kingsDay(year: number): PublicHoliday {
  if (year >= 2014) {
    const day = dayNumber(year, 4, 27);
    return { day: weekdayOf(day) === 'sunday' ? day - 1 : day, name: 'Koningsdag' };
  }
  const day = dayNumber(year, 4, 30);
  return { day: weekdayOf(day) === 'sunday' ? day - 1 : day, name: 'Koninginnedag' };
}
