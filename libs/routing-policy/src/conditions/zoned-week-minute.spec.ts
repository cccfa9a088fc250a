import { PolicyError } from '../policy/policy-error';
import { weekMinuteIn } from './zoned-week-minute';

const at = (day: number, hour: number, minute: number) => day * 1440 + hour * 60 + minute;

describe('weekMinuteIn', () => {
  it('reads winter time in Amsterdam as UTC+1', () => {
    // Tuesday 2025-01-14 13:30 UTC is 14:30 in Amsterdam
    expect(weekMinuteIn(new Date('2025-01-14T13:30:00Z'), 'Europe/Amsterdam')).toBe(at(2, 14, 30));
  });

  it('reads summer time in Amsterdam as UTC+2', () => {
    // Saturday 2025-07-05 22:15 UTC is Sunday 00:15 in Amsterdam
    expect(weekMinuteIn(new Date('2025-07-05T22:15:00Z'), 'Europe/Amsterdam')).toBe(at(0, 0, 15));
  });

  it('follows the switch to summer time within one night', () => {
    // 2025-03-30: 00:59 UTC is 01:59 CET, 01:00 UTC is 03:00 CEST (a Sunday)
    expect(weekMinuteIn(new Date('2025-03-30T00:59:00Z'), 'Europe/Amsterdam')).toBe(at(0, 1, 59));
    expect(weekMinuteIn(new Date('2025-03-30T01:00:00Z'), 'Europe/Amsterdam')).toBe(at(0, 3, 0));
  });

  it('reads other zones, including half-hour offsets', () => {
    expect(weekMinuteIn(new Date('2025-01-14T13:30:00Z'), 'UTC')).toBe(at(2, 13, 30));
    expect(weekMinuteIn(new Date('2025-01-14T13:30:00Z'), 'Asia/Kolkata')).toBe(at(2, 19, 0));
  });

  it('handles instants before 1970', () => {
    // 1969-12-28 was a Sunday
    expect(weekMinuteIn(new Date('1969-12-28T10:00:00Z'), 'UTC')).toBe(at(0, 10, 0));
  });

  it('rejects an unknown time zone with a PolicyError', () => {
    expect(() => weekMinuteIn(new Date(), 'Mars/Olympus')).toThrow(PolicyError);
  });
});
