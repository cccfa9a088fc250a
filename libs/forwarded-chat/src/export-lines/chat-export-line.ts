/** A message's date and time as the phone wrote it: the wall clock of the group member's phone. */
export interface WallClockStamp {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The start of a message in an export: when, and the rest of the line (`Name: text`, or a group event). */
export interface MessageLineStart {
  stamp: WallClockStamp;
  rest: string;
}

// Day-month-year, as Dutch phones write it: 05-12-26, 5/12/2026, 05.12.2026; then a comma or not.
const DATE = String.raw`(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2}),?`;
// 21:03, 21:03:15, 9:03 PM, 9.03 p.m.
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s?([AaPp])\.?[Mm]\.?)?`;
/** WhatsApp on iPhone and Signal: `[05-12-26 21:03] Name: text`, `[05/12/2026, 21:03:15] Name: text`. */
const BRACKETED = new RegExp(String.raw`^\[${DATE}\s+${TIME}\]\s?(.*)$`, 's');
/** WhatsApp on Android: `05-12-2026 21:03 - Name: text`. */
const DASHED = new RegExp(String.raw`^${DATE}\s+${TIME}\s[-–]\s(.*)$`, 's');
/** Invisible direction marks and the byte-order mark that exports put before lines and names. */
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function withoutInvisibleMarks(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The line's date and time and its rest when it starts a message or group event, else null (a continuation). */
export function messageLineStart(line: string): MessageLineStart | null {
  // Only the marks before the date go: one at the start of the text is how iPhone exports mark a notice.
  const plain = line.replace(/^[\s\u200e\u200f\ufeff]+/, '');
  const match = BRACKETED.exec(plain) ?? DASHED.exec(plain);
  if (!match) return null;
  const [, day, month, year, hour, minute, second, meridiem, rest] = match;
  const stamp = {
    year: year.length === 2 ? 2000 + Number(year) : Number(year),
    month: Number(month),
    day: Number(day),
    hour: hourOf(Number(hour), meridiem),
    minute: Number(minute),
    second: second ? Number(second) : 0,
  };
  return isRealStamp(stamp) ? { stamp, rest } : null;
}

function hourOf(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'p';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

function isRealStamp(stamp: WallClockStamp): boolean {
  const { year, month, day, hour, minute, second } = stamp;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
