import { LogLevel } from '@nestjs/common';
import { authConfigFromEnv } from '@loket/auth';
import { messagingConfigFromEnv } from '@loket/messaging';
import { databaseConfigFromEnv } from '@loket/persistence';
import { slaConfigFromEnv } from './sla/sla.config';
import { agencySignalConfigFromEnv } from './agencies/agency-signal.config';
import { photosConfigFromEnv } from './cases/show-photo/photos.config';
import { webhookSettingsFromEnv } from './webhooks/webhooks.config';
import { auditAnchorSettingsFromEnv } from './audit/anchors/audit-anchors.config';

export const SERVICE = 'workbench';

/** Everything the workbench reads from its environment, validated once at start. */
export function workbenchConfigFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const database = databaseConfigFromEnv(SERVICE, env);
  return {
    http: {
      port: port(env, 'LOKET_WORKBENCH_PORT', 3003),
      host: env['LOKET_HTTP_HOST'] ?? '0.0.0.0',
      logLevel: (env['LOKET_LOG_LEVEL'] ?? 'log') as LogLevel,
    },
    database,
    /** The audit chain's head, signed and kept outside the database. */
    auditAnchors: auditAnchorSettingsFromEnv(env, database.database),
    messaging: messagingConfigFromEnv(SERVICE, env),
    auth: authConfigFromEnv(env),
    lifecycle: { reopenWindowDays: wholeNumber(env, 'LOKET_REOPEN_WINDOW_DAYS', 30) },
    sla: slaConfigFromEnv(env),
    queues: {
      atRiskMarginMs: wholeNumber(env, 'LOKET_SLA_AT_RISK_HOURS', 24) * 3_600_000,
      triageConfidenceThreshold: fraction(env, 'LOKET_TRIAGE_CONFIDENCE', 0.7),
    },
    agencySignal: agencySignalConfigFromEnv(env),
    /** The feedback service, asked synchronously for note previews (with the caller's token). */
    feedback: {
      url: httpUrl(env, 'LOKET_FEEDBACK_URL', 'http://127.0.0.1:3004'),
      timeoutMs: wholeNumber(env, 'LOKET_FEEDBACK_TIMEOUT_MS', 5_000),
    },
    /** Intake, asked synchronously for a report's photo after the access check, with a signed link. */
    photos: photosConfigFromEnv(env),
    /** Outgoing webhooks to other systems (CloudEvents, signed, retried). */
    webhooks: webhookSettingsFromEnv(env),
    /** How often cases waiting for their reporter past the question's deadline are moved on. */
    questions: { deadlineCheckMs: Math.max(1_000, wholeNumber(env, 'LOKET_QUESTION_DEADLINE_CHECK_MS', 60_000)) },
  };
}

export type WorkbenchConfig = ReturnType<typeof workbenchConfigFromEnv>;

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = wholeNumber(env, name, fallback);
  if (value > 65_535) throw new Error(`${name} must be a port number, got "${env[name]}"`);
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function fraction(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new Error(`${name} must be a number from 0 to 1, got "${raw}"`);
  return value;
}

function httpUrl(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be http(s), got "${raw}"`);
  return url.toString().replace(/\/$/, '');
}
