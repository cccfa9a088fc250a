import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '@loket/webhooks';

/** Outgoing webhooks: where they say they come from, which targets are allowed, how they are sent and retried. */
export abstract class WebhookSettings {
  /** The CloudEvents `source` (a URI-reference naming this installation). */
  abstract readonly source: string;
  /** Plain http to localhost as a target: outside production unless switched off; never in production. */
  abstract readonly allowHttpToLocalhost: boolean;
  /** How often the sender looks for due deliveries; 0 switches it off (it can still be run by hand). */
  abstract readonly pollIntervalMs: number;
  abstract readonly batchSize: number;
  /** How long one POST may take. */
  abstract readonly timeoutMs: number;
  abstract readonly retry: RetryPolicy;
  /** How many days after it was queued a finished delivery (delivered, or parked as failed) is forgotten. */
  abstract readonly keepLogDays: number;
}

export function webhookSettingsFromEnv(env: NodeJS.ProcessEnv): WebhookSettings {
  const production = env['NODE_ENV'] === 'production';
  const allowHttp = env['LOKET_WEBHOOK_ALLOW_HTTP_LOCALHOST'];
  if (allowHttp !== undefined && allowHttp !== '' && allowHttp !== 'true' && allowHttp !== 'false')
    throw new Error(`LOKET_WEBHOOK_ALLOW_HTTP_LOCALHOST must be true or false, got "${allowHttp}"`);
  if (production && allowHttp === 'true')
    throw new Error('LOKET_WEBHOOK_ALLOW_HTTP_LOCALHOST=true is not allowed in production (NODE_ENV=production): webhook targets must be https');
  return {
    source: env['LOKET_WEBHOOK_SOURCE'] || '/loket/workbench',
    allowHttpToLocalhost: !production && allowHttp !== 'false',
    pollIntervalMs: whole(env, 'LOKET_WEBHOOK_POLL_INTERVAL_MS', 1_000),
    batchSize: Math.max(1, whole(env, 'LOKET_WEBHOOK_BATCH_SIZE', 20)),
    timeoutMs: Math.max(1, whole(env, 'LOKET_WEBHOOK_TIMEOUT_MS', 5_000)),
    retry: {
      baseDelayMs: Math.max(1, whole(env, 'LOKET_WEBHOOK_RETRY_BASE_MS', DEFAULT_RETRY_POLICY.baseDelayMs)),
      maxDelayMs: Math.max(1, whole(env, 'LOKET_WEBHOOK_RETRY_MAX_MS', DEFAULT_RETRY_POLICY.maxDelayMs)),
      maxAttempts: Math.max(1, whole(env, 'LOKET_WEBHOOK_MAX_ATTEMPTS', DEFAULT_RETRY_POLICY.maxAttempts)),
      maxAgeMs: Math.max(1, whole(env, 'LOKET_WEBHOOK_MAX_AGE_MS', DEFAULT_RETRY_POLICY.maxAgeMs)),
    },
    keepLogDays: Math.max(1, whole(env, 'LOKET_WEBHOOK_LOG_DAYS', 30)),
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}
