import { calendarDueDate } from './calendar-due-date';

describe('calendar due date', () => {
  const openedAt = new Date('2026-03-27T10:15:00.000Z');

  it('adds hours in elapsed time', () => {
    expect(calendarDueDate(openedAt, { amount: 8, unit: 'hours' }).toISOString()).toBe(
      '2026-03-27T18:15:00.000Z',
    );
  });

  it('counts a day as 24 hours, also across a daylight-saving change and a weekend', () => {
    expect(calendarDueDate(openedAt, { amount: 3, unit: 'days' }).toISOString()).toBe(
      '2026-03-30T10:15:00.000Z',
    );
  });

  it('accepts fractions and zero', () => {
    expect(calendarDueDate(openedAt, { amount: 0.5, unit: 'hours' }).toISOString()).toBe(
      '2026-03-27T10:45:00.000Z',
    );
    expect(calendarDueDate(openedAt, { amount: 0, unit: 'days' })).toEqual(openedAt);
  });

  it('refuses a negative amount', () => {
    expect(() => calendarDueDate(openedAt, { amount: -1, unit: 'days' })).toThrow(RangeError);
  });
});
