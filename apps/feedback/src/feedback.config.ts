import { createPrivateKey, KeyObject } from 'node:crypto';
import { LogLevel } from '@nestjs/common';
import { authConfigFromEnv } from '@loket/auth';
import { messagingConfigFromEnv } from '@loket/messaging';
import { databaseConfigFromEnv, hashKeyFromEnv } from '@loket/persistence';

export const SERVICE = 'feedback';

/** Everything feedback reads from its environment, validated once at start. */
export function feedbackConfigFromEnv(env: NodeJS.ProcessEnv = process.env) {
  return {
    http: {
      port: Number(env['LOKET_FEEDBACK_PORT'] ?? 3004),
      host: env['LOKET_HTTP_HOST'] ?? '0.0.0.0',
      logLevel: (env['LOKET_LOG_LEVEL'] ?? 'log') as LogLevel,
    },
    database: databaseConfigFromEnv(SERVICE, env),
    messaging: messagingConfigFromEnv(SERVICE, env),
    auth: authConfigFromEnv(env),
    /** Private keys that open what intake sealed for us, by key id; several while a key pair is rotated. */
    sealingPrivateKeys: sealingPrivateKeysFrom(required(env, 'LOKET_SEALING_PRIVATE_KEYS')),
    /** At-rest keys, the first one writes; the others still read (key rotation). */
    dataKeys: dataKeysFrom(required(env, 'LOKET_FEEDBACK_DATA_KEYS')),
    links: {
      /** Signs new links; `LOKET_FEEDBACK_PREVIOUS_LINK_SECRETS` (comma-separated) still verify, for rotation. */
      secret: linkSecretFrom(required(env, 'LOKET_FEEDBACK_LINK_SECRET'), 'LOKET_FEEDBACK_LINK_SECRET'),
      previousSecrets: (env['LOKET_FEEDBACK_PREVIOUS_LINK_SECRETS'] ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .map((entry) => linkSecretFrom(entry, 'LOKET_FEEDBACK_PREVIOUS_LINK_SECRETS')),
      /** How long the manage link in an e-mail keeps working (each e-mail carries a fresh one). */
      manageTtlDays: positiveInt(env, 'LOKET_FEEDBACK_LINK_TTL_DAYS', 365),
      /** How long a link to export or erase one's data works; it is sent on request, to the address on file. */
      dataLinkTtlMinutes: positiveInt(env, 'LOKET_FEEDBACK_DATA_LINK_TTL_MINUTES', 30),
      /** Data links a reporter may ask for per hour (each is an e-mail to their address). */
      dataLinkRequestsPerHour: positiveInt(env, 'LOKET_FEEDBACK_DATA_LINK_REQUESTS_PER_HOUR', 3),
    },
    publicUrl: urlFrom(env['LOKET_PUBLIC_URL'] ?? 'http://localhost:3004'),
    mail: {
      host: env['LOKET_SMTP_HOST'] ?? '127.0.0.1',
      port: port(env, 'LOKET_SMTP_PORT', 1025),
      from: env['LOKET_MAIL_FROM'] ?? 'Loket <noreply@loket.local>',
      timeoutMs: positiveInt(env, 'LOKET_SMTP_TIMEOUT_MS', 10_000),
      /** Optional: where the mail server confirms a Message-ID it took (the local sink does); see MailSettings. */
      acceptanceUrl: env['LOKET_MAIL_ACCEPTANCE_URL'] ? urlFrom(env['LOKET_MAIL_ACCEPTANCE_URL'], 'LOKET_MAIL_ACCEPTANCE_URL') : undefined,
    },
    delivery: {
      pollIntervalMs: positiveInt(env, 'LOKET_FEEDBACK_DELIVERY_INTERVAL_MS', 1_000),
      batchSize: positiveInt(env, 'LOKET_FEEDBACK_DELIVERY_BATCH_SIZE', 20),
      /** Messages on their way at once, each on a pooled SMTP connection (see DeliveryWorker). */
      concurrency: positiveInt(env, 'LOKET_FEEDBACK_DELIVERY_CONCURRENCY', 8),
      retryBaseMs: positiveInt(env, 'LOKET_FEEDBACK_RETRY_BASE_MS', 2_000),
      retryMaxMs: positiveInt(env, 'LOKET_FEEDBACK_RETRY_MAX_MS', 60_000),
      /** A message the mail server keeps rejecting outright (5xx) is given up after this many attempts. */
      maxRejections: positiveInt(env, 'LOKET_FEEDBACK_MAX_REJECTIONS', 5),
      /** An attempt still under way after this long was interrupted by a crash and is in doubt. */
      inDoubtAfterMs: positiveInt(env, 'LOKET_FEEDBACK_IN_DOUBT_AFTER_MS', 60_000),
    },
    tracking: {
      requestsPerMinute: positiveInt(env, 'LOKET_TRACKING_RATE_LIMIT_PER_MINUTE', 30),
    },
    /** The key of the hashed client addresses the rate limits count (shared by the instances). */
    hashKey: hashKeyFromEnv(env),
    /** Routing, asked what happened in public in a neighbourhood for the daily digest (its public route; no token). */
    routing: {
      url: urlFrom(env['LOKET_ROUTING_URL'] ?? 'http://127.0.0.1:3002', 'LOKET_ROUTING_URL'),
      timeoutMs: positiveInt(env, 'LOKET_ROUTING_TIMEOUT_MS', 5_000),
    },
    /** Where reporters may reply to a question by e-mail (delivered to intake's mail door); unset: no replies. */
    questionReplyAddress: replyAddressFrom(env['LOKET_QUESTION_REPLY_ADDRESS']),
    digests: {
      /** How often due neighbourhood digests are looked for; each subscriber gets at most one a day. */
      checkEveryMs: positiveInt(env, 'LOKET_DIGEST_CHECK_MS', 600_000),
    },
    retention: {
      /** Contact details and free text go this many days after the case closed. */
      days: positiveInt(env, 'LOKET_FEEDBACK_RETENTION_DAYS', 180),
      intervalMs: positiveInt(env, 'LOKET_FEEDBACK_RETENTION_INTERVAL_MS', 3_600_000),
    },
  };
}

export type FeedbackConfig = ReturnType<typeof feedbackConfigFromEnv>;

export interface DataKey {
  kid: string;
  key: Buffer;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is required`);
  return value;
}

/** `kid:base64pem[,kid:base64pem]` → private key PEM by key id. */
export function sealingPrivateKeysFrom(raw: string): ReadonlyMap<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const [kid, value] of pairs(raw, 'LOKET_SEALING_PRIVATE_KEYS')) {
    const pem = Buffer.from(value, 'base64').toString('utf8');
    if (!pem.includes('PRIVATE KEY')) throw new Error(`LOKET_SEALING_PRIVATE_KEYS: key "${kid}" is not a base64-encoded PEM private key`);
    keys.set(kid, parsedPrivateKey(pem, kid));
  }
  return keys;
}

/** `kid:base64-32-bytes[,…]` → the data keys, the active (writing) one first. */
export function dataKeysFrom(raw: string): DataKey[] {
  return pairs(raw, 'LOKET_FEEDBACK_DATA_KEYS').map(([kid, value]) => {
    const key = Buffer.from(value, 'base64');
    if (key.length !== 32) throw new Error(`LOKET_FEEDBACK_DATA_KEYS: key "${kid}" must be 32 bytes, base64-encoded`);
    return { kid, key };
  });
}

function linkSecretFrom(raw: string, name: string): Buffer {
  const secret = Buffer.from(raw, 'base64');
  if (secret.length < 32) throw new Error(`${name} must be at least 32 bytes, base64-encoded`);
  return secret;
}

function pairs(raw: string, name: string): [string, string][] {
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) throw new Error(`${name} names no key`);
  const seen = new Set<string>();
  return entries.map((entry) => {
    const colon = entry.indexOf(':');
    const kid = entry.slice(0, colon);
    if (colon < 1 || !/^[A-Za-z0-9_.-]{1,64}$/.test(kid)) throw new Error(`${name}: every entry is "kid:value"`);
    if (seen.has(kid)) throw new Error(`${name}: key id "${kid}" appears twice`);
    seen.add(kid);
    return [kid, entry.slice(colon + 1)];
  });
}

function replyAddressFrom(raw: string | undefined): string | undefined {
  const address = raw?.trim();
  if (!address) return undefined;
  if (!/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(address) || address.includes('+')) {
    throw new Error(`LOKET_QUESTION_REPLY_ADDRESS must be a plain e-mail address such as antwoord@gemeente.nl (replies go to antwoord+<token>@…), got "${raw}"`);
  }
  return address.toLowerCase();
}

function urlFrom(raw: string, name = 'LOKET_PUBLIC_URL'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be http(s)`);
  return url.toString().replace(/\/$/, '');
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = positiveInt(env, name, fallback);
  if (value > 65_535) throw new Error(`${name} must be a port number, got "${value}"`);
  return value;
}

/** Parsed once at start, not on every unseal; a key that does not parse stops the start. */
function parsedPrivateKey(pem: string, kid: string): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch {
    throw new Error(`LOKET_SEALING_PRIVATE_KEYS: key "${kid}" is not a readable PEM private key`);
  }
}
