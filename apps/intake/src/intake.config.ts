import { createPublicKey, KeyObject } from 'node:crypto';
import { authConfigFromEnv } from '@loket/auth';
import { messagingConfigFromEnv } from '@loket/messaging';
import { databaseConfigFromEnv, hashKeyFromEnv } from '@loket/persistence';
import { LogLevel } from '@nestjs/common';
import { httpUrlFrom, wholeNumberFrom } from './config-values';
import { geocoderConfigFromEnv } from './geocoder/geocoder.config';
import { mailIntakeConfigFromEnv } from './mail-intake/mail-intake.config';
import { photosConfigFromEnv } from './photos/photos.config';
import { intakeRateLimitsFromEnv } from './rate-limits/intake-rate-limits';

export const SERVICE = 'intake';

/** Everything intake reads from its environment, validated once at start. */
export function intakeConfigFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const sealingKey = env['LOKET_SEALING_PUBLIC_KEY'];
  if (!sealingKey) throw new Error('LOKET_SEALING_PUBLIC_KEY (base64 PEM of the feedback service public key) is required');
  const publicKeyPem = Buffer.from(sealingKey, 'base64').toString('utf8');
  if (!publicKeyPem.includes('PUBLIC KEY')) throw new Error('LOKET_SEALING_PUBLIC_KEY is not a base64-encoded PEM public key');
  const publicKey = parsedKey(() => createPublicKey(publicKeyPem), 'LOKET_SEALING_PUBLIC_KEY is not a readable PEM public key');
  return {
    http: {
      port: Number(env['LOKET_INTAKE_PORT'] ?? 3001),
      host: env['LOKET_HTTP_HOST'] ?? '0.0.0.0',
      logLevel: (env['LOKET_LOG_LEVEL'] ?? 'log') as LogLevel,
    },
    database: databaseConfigFromEnv(SERVICE, env),
    messaging: messagingConfigFromEnv(SERVICE, env),
    auth: authConfigFromEnv(env),
    sealing: { kid: env['LOKET_SEALING_KEY_ID'] ?? 'feedback-1', publicKey },
    geocoder: geocoderConfigFromEnv(env),
    /** Routing, asked whether a case may be followed (its public case route; no token needed). */
    routing: {
      url: httpUrlFrom(env, 'LOKET_ROUTING_URL', 'http://127.0.0.1:3002'),
      timeoutMs: wholeNumberFrom(env, 'LOKET_ROUTING_TIMEOUT_MS', 5_000),
    },
    photos: photosConfigFromEnv(env),
    /** The time zone of the phones whose chat messages are forwarded (Loket's own). */
    timeZone: timeZoneFrom(env),
    rateLimits: intakeRateLimitsFromEnv(env),
    idempotency: { hashKey: hashKeyFromEnv(env), keepHours: wholeNumberFrom(env, 'LOKET_IDEMPOTENCY_HOURS', 24) },
    /** The mail door (off unless LOKET_MAIL_INTAKE=smtp) and the reports that wait for their place. */
    mailIntake: mailIntakeConfigFromEnv(env),
  };
}

function timeZoneFrom(env: NodeJS.ProcessEnv): string {
  const timeZone = env['LOKET_TIME_ZONE'] ?? 'Europe/Amsterdam';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`LOKET_TIME_ZONE is not a time zone this runtime knows: "${timeZone}"`);
  }
  return timeZone;
}

export type IntakeConfig = ReturnType<typeof intakeConfigFromEnv>;

/** A key parsed once at start (not on every seal); a key that does not parse stops the start with `message`. */
function parsedKey(parse: () => KeyObject, message: string): KeyObject {
  try {
    return parse();
  } catch {
    throw new Error(message);
  }
}
