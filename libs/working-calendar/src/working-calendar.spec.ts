import { dayNumber } from './local-date';
import { WorkingCalendar } from './working-calendar';

const at = (iso: string) => new Date(iso);

describe('WorkingCalendar', () => {
  const standard = WorkingCalendar.of();

  it('is open Monday to Friday 08:30-17:00 Amsterdam time by default, in winter and in summer', () => {
    expect(standard.openingsOn(dayNumber(2026, 3, 2)).map(([s, e]) => [new Date(s), new Date(e)])).toEqual([
      [at('2026-03-02T07:30:00Z'), at('2026-03-02T16:00:00Z')],
    ]);
    expect(standard.openingsOn(dayNumber(2026, 3, 30)).map(([s, e]) => [new Date(s), new Date(e)])).toEqual([
      [at('2026-03-30T06:30:00Z'), at('2026-03-30T15:00:00Z')],
    ]);
    expect(standard.openingsOn(dayNumber(2026, 3, 7))).toEqual([]);
    expect(standard.isWorkingTime(at('2026-03-02T16:00:00Z'))).toBe(true);
    expect(standard.isWorkingTime(at('2026-03-02T16:00:00.001Z'))).toBe(false);
    expect(standard.isWorkingTime(at('2026-03-02T07:29:59Z'))).toBe(false);
  });

  it('is closed on public holidays and on the organisation’s own closed days', () => {
    const housing = WorkingCalendar.of({ closedDays: ['2026-12-24'], goodFriday: true });
    expect(standard.closureOn(dayNumber(2026, 4, 27))).toBe('Koningsdag');
    expect(standard.openingsOn(dayNumber(2026, 4, 27))).toEqual([]);
    expect(standard.lengthOf(dayNumber(2026, 12, 24))).toBe(8.5 * 3_600_000);
    expect(housing.closureOn(dayNumber(2026, 12, 24))).toBe('closed');
    expect(housing.closureOn(dayNumber(2026, 4, 3))).toBe('Goede Vrijdag');
    expect(standard.closureOn(dayNumber(2026, 4, 3))).toBeNull();
  });

  it('can work through holidays with split and round-the-clock hours', () => {
    const allDay = ['00:00-24:00'];
    const police = WorkingCalendar.of({
      publicHolidays: false,
      workingHours: { monday: allDay, tuesday: allDay, wednesday: allDay, thursday: allDay, friday: allDay, saturday: allDay, sunday: allDay },
    });
    expect(police.lengthOf(dayNumber(2026, 12, 25))).toBe(24 * 3_600_000);
    expect(police.lengthOf(dayNumber(2026, 3, 29))).toBe(23 * 3_600_000);
    expect(police.lengthOf(dayNumber(2026, 10, 25))).toBe(25 * 3_600_000);
    const lunch = WorkingCalendar.of({ workingHours: { monday: ['13:00-17:00', '08:30-12:00'] } });
    expect(lunch.lengthOf(dayNumber(2026, 3, 2))).toBe(7.5 * 3_600_000);
    expect(lunch.isWorkingTime(at('2026-03-02T11:30:00Z'))).toBe(false);
  });

  it.each([
    [{ timeZone: 'Europe/Amsterdan' }, /time zone/i],
    [{ workingHours: { monday: ['8:30-17:00'] } }, /monday: "8:30-17:00"/],
    [{ workingHours: { monday: ['17:00-08:30'] } }, /not a period/],
    [{ workingHours: { monday: ['08:00-12:30', '12:00-17:00'] } }, /overlap/],
    [{ workingHours: { mon: ['08:00-12:30'] } }, /"mon" is not a weekday/],
    [{ workingHours: {} }, /at least one weekday/],
    [{ closedDays: ['2026-02-30'] }, /does not exist/],
    [{ liberationDay: 'sometimes' }, /liberationDay/],
    [{ goodFriday: 'yes' }, /goodFriday/],
  ])('refuses %j', (overrides, message) => {
    expect(() => WorkingCalendar.of(overrides as never)).toThrow(message);
  });
});
