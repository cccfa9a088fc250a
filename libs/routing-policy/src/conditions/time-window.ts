import type { TimeWindow } from '../policy/routing-policy.types';

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Minutes after midnight of 'HH:MM' ('24:00' = 1440), or null when malformed. */
export function parseClock(value: string): number | null {
  const match = HH_MM.exec(value);
  if (match === null) return null;
  return match[1] === undefined ? MINUTES_PER_DAY : Number(match[1]) * 60 + Number(match[2]);
}

/** Why a window is unusable, or null when it is fine. */
export function timeWindowProblem(window: TimeWindow): string | null {
  if (window.days !== undefined) {
    if (window.days.length === 0) return 'days is empty';
    const bad = window.days.find((d) => !Number.isInteger(d) || d < 0 || d > 6);
    if (bad !== undefined) return `day ${String(bad)} is not 0 (Sunday) … 6 (Saturday)`;
  }
  const from = window.from === undefined ? 0 : parseClock(window.from);
  const to = window.to === undefined ? MINUTES_PER_DAY : parseClock(window.to);
  if (from === null) return `from "${String(window.from)}" is not HH:MM`;
  if (to === null) return `to "${String(window.to)}" is not HH:MM`;
  if (from === MINUTES_PER_DAY) return 'from may not be 24:00';
  if (from === to)
    return `from and to are both ${String(window.from ?? window.to)}: leave both out for a whole day`;
  return null;
}

/**
 * The minutes of the week (Sunday 00:00 = 0) in which any of the windows holds, as a bit set. A malformed window
 * holds never.
 */
export function weekBitmap(windows: readonly TimeWindow[]): Uint32Array {
  const bits = new Uint32Array(Math.ceil(MINUTES_PER_WEEK / 32));
  const set = (minute: number) => {
    const m = minute % MINUTES_PER_WEEK;
    bits[m >>> 5] |= 1 << (m & 31);
  };
  for (const window of windows) {
    if (timeWindowProblem(window) !== null) continue;
    const days = window.days ?? [0, 1, 2, 3, 4, 5, 6];
    const from = window.from === undefined ? 0 : (parseClock(window.from) as number);
    const to = window.to === undefined ? MINUTES_PER_DAY : (parseClock(window.to) as number);
    const length = to > from ? to - from : MINUTES_PER_DAY - from + to;
    for (const day of days) {
      const start = day * MINUTES_PER_DAY + from;
      for (let i = 0; i < length; i++) set(start + i);
    }
  }
  return bits;
}

export function bitmapHas(bits: Uint32Array, weekMinute: number): boolean {
  return ((bits[weekMinute >>> 5] >>> (weekMinute & 31)) & 1) === 1;
}

/** True when every minute of `inner` is also in `outer`. */
export function bitmapCovers(outer: Uint32Array, inner: Uint32Array): boolean {
  for (let i = 0; i < inner.length; i++) if ((inner[i] & ~outer[i]) !== 0) return false;
  return true;
}

/** 'Tuesday 14:30'. */
export function describeWeekMinute(weekMinute: number): string {
  const day = Math.floor(weekMinute / MINUTES_PER_DAY);
  const minute = weekMinute % MINUTES_PER_DAY;
  return `${DAY_NAMES[day]} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** 'Fri, Sat 22:00-06:00', 'every day 00:00-24:00'. */
export function describeWindow(window: TimeWindow): string {
  const days =
    window.days === undefined
      ? 'every day'
      : window.days.map((d) => (DAY_NAMES[d] ?? `day ${d}`).slice(0, 3)).join(', ');
  return `${days} ${window.from ?? '00:00'}-${window.to ?? '24:00'}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
