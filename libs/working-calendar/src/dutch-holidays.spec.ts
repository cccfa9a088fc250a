import { dutchPublicHolidays, type HolidayOptions } from './dutch-holidays';
import { isoDate } from './local-date';

const EVERY_YEAR: HolidayOptions = { liberationDay: 'every-year', goodFriday: false };
const named = (year: number, options: HolidayOptions) =>
  dutchPublicHolidays(year, options).map((h) => `${isoDate(h.day)} ${h.name}`);

describe('dutchPublicHolidays', () => {
  it('lists the holidays of 2026 in date order', () => {
    expect(named(2026, EVERY_YEAR)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-05 Eerste Paasdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-24 Eerste Pinksterdag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
    expect(named(2025, EVERY_YEAR)).toContain('2025-04-26 Koningsdag');
    expect(named(2031, EVERY_YEAR)).toContain('2031-04-26 Koningsdag');
    expect(named(2027, EVERY_YEAR)).toContain('2027-04-27 Koningsdag');
  });

  it('had Koninginnedag on 30 April before 2014, on the 29th when the 30th was a Sunday', () => {
    expect(named(2013, EVERY_YEAR)).toContain('2013-04-30 Koninginnedag');
    expect(named(2006, EVERY_YEAR)).toContain('2006-04-29 Koninginnedag');
  });

  it('has Bevrijdingsdag every year, or only in lustrum years when so configured', () => {
    const lustrum: HolidayOptions = { liberationDay: 'lustrum-years', goodFriday: false };
    expect(named(2026, lustrum).some((h) => h.includes('Bevrijdingsdag'))).toBe(false);
    expect(named(2025, lustrum)).toContain('2025-05-05 Bevrijdingsdag');
    expect(named(2030, lustrum)).toContain('2030-05-05 Bevrijdingsdag');
  });

  it('adds Goede Vrijdag only when asked', () => {
    expect(named(2026, EVERY_YEAR).some((h) => h.includes('Goede Vrijdag'))).toBe(false);
    expect(named(2026, { ...EVERY_YEAR, goodFriday: true })).toContain('2026-04-03 Goede Vrijdag');
  });

  it('puts Hemelvaart on a Thursday and Pinksteren and Pasen on Sunday and Monday', () => {
    for (let year = 2024; year <= 2030; year++) {
      const weekday = (name: string) => {
        const holiday = dutchPublicHolidays(year, EVERY_YEAR).find((h) => h.name === name)!;
        return new Date(holiday.day * 86_400_000).getUTCDay();
      };
      expect([
        weekday('Eerste Paasdag'),
        weekday('Tweede Paasdag'),
        weekday('Hemelvaartsdag'),
        weekday('Eerste Pinksterdag'),
        weekday('Tweede Pinksterdag'),
      ]).toEqual([0, 1, 4, 0, 1]);
    }
  });
});
