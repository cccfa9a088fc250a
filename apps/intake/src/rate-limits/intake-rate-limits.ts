import type { RateLimitRule } from '@loket/http';
import { hashKeyFromEnv } from '@loket/persistence';
import { wholeNumberFrom } from '../config-values';

/**
 * Intake's public doors and how often one client may use them: reports, category suggestions (as you type) and
 * the geocoder per client address, and receipts per e-mail address per day (so Loket cannot be used to flood
 * someone's mailbox), and Open311 requests per api_key per hour. Counted in intake's database, shared by its instances.
 */
export const INTAKE_RATE_LIMITS = ['reports', 'suggestions', 'geocoder', 'receipts', 'open311'] as const;
export type IntakeRateLimit = (typeof INTAKE_RATE_LIMITS)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function intakeRateLimitsFromEnv(env: NodeJS.ProcessEnv): { rules: Record<IntakeRateLimit, RateLimitRule>; secret: string } {
  const positive = (name: string, fallback: number) => {
    const value = wholeNumberFrom(env, name, fallback);
    if (value < 1) throw new Error(`${name} must be at least 1, got "${env[name]}"`);
    return value;
  };
  return {
    rules: {
      reports: {
        limit: positive('LOKET_REPORTS_RATE_LIMIT_PER_HOUR', 60),
        windowMs: HOUR,
        refusal: 'Too many reports from your address in the last hour; try again later',
      },
      suggestions: {
        limit: positive('LOKET_SUGGESTIONS_RATE_LIMIT_PER_MINUTE', 120),
        windowMs: MINUTE,
        refusal: 'Too many category suggestions asked from your address; try again in a minute',
      },
      geocoder: {
        limit: positive('LOKET_GEOCODER_RATE_LIMIT_PER_MINUTE', 60),
        windowMs: MINUTE,
        refusal: 'Too many address look-ups from your address; try again in a minute',
      },
      receipts: {
        limit: positive('LOKET_RECEIPTS_PER_ADDRESS_PER_DAY', 10),
        windowMs: DAY,
        refusal: 'Loket has sent the most receipts it sends to this e-mail address in one day; report without an e-mail address, or tomorrow',
      },
      open311: {
        limit: positive('LOKET_OPEN311_RATE_LIMIT_PER_HOUR', 600),
        windowMs: HOUR,
        refusal: 'Too many requests with this api_key in the last hour; try again later',
      },
    },
    secret: hashKeyFromEnv(env),
  };
}
