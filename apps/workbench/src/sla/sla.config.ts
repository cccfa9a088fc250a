import { readFileSync } from 'node:fs';
import { type CalendarDefinition, parseWarnBefore, type WarnBefore, WorkingCalendar } from '@loket/working-calendar';

/**
 * Organisation calendars, as `LOKET_SLA_CALENDARS` (JSON) or the file `LOKET_SLA_CALENDARS_FILE` holds them:
 * `{ "default": { …fields of a calendar }, "organisations": { "police": { …fields that differ } } }`. Every
 * field is optional; what is not given comes from the organisation's entry, then `default`, then Loket's
 * default (Monday–Friday 08:30–17:00 Europe/Amsterdam, Dutch public holidays).
 */
export interface CalendarsConfig {
  default?: Partial<CalendarDefinition>;
  organisations?: Record<string, Partial<CalendarDefinition>>;
}

export interface SlaConfig {
  calendars: CalendarsConfig;
  /** `20%`: warn when a fifth of the SLA is left; `4h`: four hours (working hours for a working SLA) before due. */
  warnBefore: WarnBefore;
  /** How often the SLA watch runs; 0 switches the schedule off (the job can still be run by hand). */
  watchIntervalMs: number;
  /** How many cases one run warns or escalates at most per step; the next run takes the rest. */
  watchBatchSize: number;
}

export function slaConfigFromEnv(env: NodeJS.ProcessEnv): SlaConfig {
  const calendars = calendarsFrom(env);
  const warnBefore = env['LOKET_SLA_WARN_BEFORE'] ?? '20%';
  let parsedWarnBefore: WarnBefore;
  try {
    parsedWarnBefore = parseWarnBefore(warnBefore);
  } catch (error) {
    throw new Error(`LOKET_SLA_WARN_BEFORE: ${(error as Error).message}`);
  }
  return {
    calendars,
    warnBefore: parsedWarnBefore,
    watchIntervalMs: whole(env, 'LOKET_SLA_WATCH_INTERVAL_MS', 60_000),
    watchBatchSize: Math.max(1, whole(env, 'LOKET_SLA_WATCH_BATCH_SIZE', 500)),
  };
}

function calendarsFrom(env: NodeJS.ProcessEnv): CalendarsConfig {
  const file = env['LOKET_SLA_CALENDARS_FILE'];
  const inline = env['LOKET_SLA_CALENDARS'];
  const [source, text] = file ? [file, readFileSync(file, 'utf8')] : ['LOKET_SLA_CALENDARS', inline];
  if (!text) return {};
  let config: CalendarsConfig;
  try {
    config = JSON.parse(text) as CalendarsConfig;
  } catch (error) {
    throw new Error(`${source} is not JSON: ${(error as Error).message}`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config))
    throw new Error(`${source} must be an object with "default" and "organisations"`);
  // Build every calendar once so a mistake stops the start, naming the organisation.
  for (const [name, overrides] of [['default', {}], ...Object.entries(config.organisations ?? {})] as const) {
    try {
      WorkingCalendar.of({ ...config.default, ...overrides });
    } catch (error) {
      throw new Error(`${source}: calendar of ${name}: ${(error as Error).message}`);
    }
  }
  return config;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}
