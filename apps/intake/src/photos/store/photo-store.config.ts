import { booleanFrom, httpUrlFrom, oneOf, wholeNumberFrom } from '../../config-values';

/** Where intake keeps photos: PostgreSQL (the default) or an S3-compatible object store. */
export type PhotoStoreConfig = { kind: 'postgres' } | S3PhotoStoreConfig;

export interface S3PhotoStoreConfig {
  kind: 's3';
  /** An S3-compatible server's URL; absent for Amazon S3 itself (the region's endpoint). */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key`: what most S3-compatible servers need. */
  forcePathStyle: boolean;
  /** Server-side encryption asked for each object, or none. */
  serverSideEncryption: 'AES256' | 'aws:kms' | undefined;
  /** Every photo object's key starts with it; the sweeper looks at nothing else in the bucket. */
  keyPrefix: string;
  /** Objects younger than this are never swept: their report may still be committing. */
  sweepGraceMinutes: number;
  sweepEveryMinutes: number;
}

const REQUIRED_FOR_S3 = ['LOKET_S3_BUCKET', 'LOKET_S3_REGION', 'LOKET_S3_ACCESS_KEY_ID', 'LOKET_S3_SECRET_ACCESS_KEY'] as const;

/** LOKET_PHOTO_STORE=postgres|s3; for s3 the LOKET_S3_* values, all checked here so a bad setting stops intake at start. */
export function photoStoreConfigFromEnv(env: NodeJS.ProcessEnv): PhotoStoreConfig {
  const kind = oneOf(env, 'LOKET_PHOTO_STORE', ['postgres', 's3'], 'postgres');
  if (kind === 'postgres') return { kind };
  const missing = REQUIRED_FOR_S3.filter((name) => !env[name]);
  if (missing.length) throw new Error(`LOKET_PHOTO_STORE=s3 needs ${missing.join(', ')} (missing)`);
  const required = Object.fromEntries(REQUIRED_FOR_S3.map((name) => [name, env[name] ?? ''])) as Record<(typeof REQUIRED_FOR_S3)[number], string>;
  const keyPrefix = env['LOKET_S3_KEY_PREFIX'] ?? 'report-photos/';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\/$/.test(keyPrefix)) throw new Error(`LOKET_S3_KEY_PREFIX must be a folder name ending in "/", got "${keyPrefix}"`);
  const sse = oneOf(env, 'LOKET_S3_SSE', ['none', 'AES256', 'aws:kms'], 'none');
  const sweepGraceMinutes = wholeNumberFrom(env, 'LOKET_S3_SWEEP_GRACE_MINUTES', 60);
  if (sweepGraceMinutes < 5) throw new Error('LOKET_S3_SWEEP_GRACE_MINUTES must be at least 5: a report being stored must not lose its photos');
  return {
    kind,
    endpoint: env['LOKET_S3_ENDPOINT'] ? httpUrlFrom(env, 'LOKET_S3_ENDPOINT', '') : undefined,
    region: required.LOKET_S3_REGION,
    bucket: required.LOKET_S3_BUCKET,
    accessKeyId: required.LOKET_S3_ACCESS_KEY_ID,
    secretAccessKey: required.LOKET_S3_SECRET_ACCESS_KEY,
    forcePathStyle: booleanFrom(env, 'LOKET_S3_FORCE_PATH_STYLE', env['LOKET_S3_ENDPOINT'] !== undefined && env['LOKET_S3_ENDPOINT'] !== ''),
    serverSideEncryption: sse === 'none' ? undefined : sse,
    keyPrefix,
    sweepGraceMinutes,
    sweepEveryMinutes: Math.max(1, wholeNumberFrom(env, 'LOKET_S3_SWEEP_EVERY_MINUTES', 15)),
  };
}
