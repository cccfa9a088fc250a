/** Only for development and tests; a deployment sets LOKET_PHOTO_LINK_SECRET (refused in production). Same default as intake's. */
const DEVELOPMENT_PHOTO_LINK_SECRET = 'loket-development-only-photo-link-secret';

export interface PhotosConfig {
  /** Intake, which keeps the photos; asked with a signed link after the access check here. */
  intakeUrl: string;
  timeoutMs: number;
  linkSecret: string;
  /** How long a signed link lives: just long enough for the one request. */
  linkTtlSeconds: number;
}

export function photosConfigFromEnv(env: NodeJS.ProcessEnv): PhotosConfig {
  const secret = env['LOKET_PHOTO_LINK_SECRET'];
  if (!secret && env['NODE_ENV'] === 'production') throw new Error('LOKET_PHOTO_LINK_SECRET must be set in production');
  if (secret !== undefined && secret !== '' && secret.length < 32) throw new Error('LOKET_PHOTO_LINK_SECRET must be at least 32 characters');
  const raw = env['LOKET_INTAKE_URL'] || 'http://127.0.0.1:3001';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`LOKET_INTAKE_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`LOKET_INTAKE_URL must be http(s), got "${raw}"`);
  const timeout = Number(env['LOKET_INTAKE_TIMEOUT_MS'] || 5_000);
  if (!Number.isInteger(timeout) || timeout <= 0) throw new Error(`LOKET_INTAKE_TIMEOUT_MS must be a whole number, got "${env['LOKET_INTAKE_TIMEOUT_MS']}"`);
  return { intakeUrl: url.toString().replace(/\/$/, ''), timeoutMs: timeout, linkSecret: secret || DEVELOPMENT_PHOTO_LINK_SECRET, linkTtlSeconds: 60 };
}
