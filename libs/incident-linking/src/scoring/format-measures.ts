const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "42 m", "1.3 km". */
export function formatDistance(metres: number): string {
  return metres < 1000 ? `${Math.round(metres)} m` : `${trim((metres / 1000).toFixed(1))} km`;
}

/** "less than a minute", "18 minutes", "5.5 hours", "3 days". */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return 'less than a minute';
  if (ms < 90 * MINUTE) return plural(Math.round(ms / MINUTE), 'minute');
  if (ms < 48 * HOUR) return plural(roundish(ms / HOUR), 'hour');
  return plural(roundish(ms / DAY), 'day');
}

/** "72 h", "1.5 h". */
export function formatHours(hours: number): string {
  return `${roundish(hours)} h`;
}

export function formatScore(score: number): string {
  return score.toFixed(2);
}

function roundish(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}

function plural(value: number, unit: string): string {
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}

function trim(fixed: string): string {
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
}
