const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HASH = /^[0-9a-f]{32}$/;

/**
 * Where a client stands in the change signal: a watermark (database time) and a fingerprint of every case in
 * its scope that changed after it, as it was when the cursor was made. Opaque to clients.
 */
export interface ChangeCursor {
  watermark: Date;
  fingerprint: string;
}

export function encodeChangeCursor(cursor: ChangeCursor): string {
  return Buffer.from(JSON.stringify([cursor.watermark.toISOString(), cursor.fingerprint]), 'utf8').toString('base64url');
}

/** The cursor, or null when it is not one this service made. */
export function decodeChangeCursor(value: string): ChangeCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [at, fingerprint] = parsed as unknown[];
  if (typeof at !== 'string' || !ISO_INSTANT.test(at) || typeof fingerprint !== 'string' || !HASH.test(fingerprint)) return null;
  const watermark = new Date(at);
  return Number.isNaN(watermark.getTime()) ? null : { watermark, fingerprint };
}
