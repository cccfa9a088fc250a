import {
  bitmapCovers,
  bitmapHas,
  describeWeekMinute,
  describeWindow,
  parseClock,
  timeWindowProblem,
  weekBitmap,
} from './time-window';

const at = (day: number, hour: number, minute = 0) => day * 1440 + hour * 60 + minute;

describe('parseClock', () => {
  it('reads HH:MM including 24:00', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('14:30')).toBe(870);
    expect(parseClock('24:00')).toBe(1440);
  });

  it('rejects malformed values', () => {
    for (const bad of ['7:00', '24:01', '12:60', '12.30', '', '1230']) expect(parseClock(bad)).toBeNull();
  });
});

describe('timeWindowProblem', () => {
  it('accepts a plain and a wrapping window', () => {
    expect(timeWindowProblem({ days: [1, 2], from: '08:00', to: '17:00' })).toBeNull();
    expect(timeWindowProblem({ days: [5], from: '22:00', to: '06:00' })).toBeNull();
  });

  it('names the problem of a bad day, bad clock, empty day list or empty window', () => {
    expect(timeWindowProblem({ days: [7] })).toMatch(/day 7/);
    expect(timeWindowProblem({ from: '8:00' })).toMatch(/from "8:00"/);
    expect(timeWindowProblem({ days: [] })).toMatch(/days is empty/);
    expect(timeWindowProblem({ from: '10:00', to: '10:00' })).toMatch(/both 10:00/);
  });
});

describe('weekBitmap', () => {
  it('holds inside a window and not at its exclusive end', () => {
    const bits = weekBitmap([{ days: [1], from: '08:00', to: '17:00' }]);
    expect(bitmapHas(bits, at(1, 8))).toBe(true);
    expect(bitmapHas(bits, at(1, 16, 59))).toBe(true);
    expect(bitmapHas(bits, at(1, 17))).toBe(false);
    expect(bitmapHas(bits, at(2, 9))).toBe(false);
  });

  it('lets a window that wraps midnight continue into the next day, and Saturday into Sunday', () => {
    const bits = weekBitmap([{ days: [6], from: '22:00', to: '06:00' }]);
    expect(bitmapHas(bits, at(6, 23))).toBe(true);
    expect(bitmapHas(bits, at(0, 5, 59))).toBe(true);
    expect(bitmapHas(bits, at(0, 6))).toBe(false);
    expect(bitmapHas(bits, at(6, 5))).toBe(false);
  });

  it('treats missing days, from and to as every day, 00:00 and 24:00', () => {
    const bits = weekBitmap([{ from: '18:00' }]);
    expect(bitmapHas(bits, at(3, 23, 59))).toBe(true);
    expect(bitmapHas(bits, at(3, 17, 59))).toBe(false);
  });

  it('ignores a malformed window', () => {
    const bits = weekBitmap([{ days: [9], from: '10:00' }]);
    expect(bits.every((word) => word === 0)).toBe(true);
  });
});

describe('bitmapCovers', () => {
  it('is true for a sub-window and false for an overlapping one', () => {
    const evening = weekBitmap([{ from: '18:00', to: '24:00' }]);
    expect(bitmapCovers(evening, weekBitmap([{ days: [2], from: '19:00', to: '20:00' }]))).toBe(true);
    expect(bitmapCovers(evening, weekBitmap([{ from: '17:00', to: '19:00' }]))).toBe(false);
  });
});

describe('descriptions', () => {
  it('names a week minute and a window', () => {
    expect(describeWeekMinute(at(2, 14, 30))).toBe('Tuesday 14:30');
    expect(describeWindow({ days: [5, 6], from: '22:00', to: '06:00' })).toBe('Fri, Sat 22:00-06:00');
    expect(describeWindow({})).toBe('every day 00:00-24:00');
  });
});
