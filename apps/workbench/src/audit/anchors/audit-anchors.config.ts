import { KeyObject } from 'node:crypto';
import { AnchorSigningKey, anchorPublicKeys, anchorSigningKey } from '@loket/audit-chain';

/** How the audit chain's head is anchored outside the database: signed, every so often, to a file and the log. */
export abstract class AuditAnchorSettings {
  /** Which chain (the workbench's database name): an anchor of another chain in the same file is not this one's. */
  abstract readonly chain: string;
  /** Signs new anchors; absent (development only) means no anchors are made. */
  abstract readonly signingKey: AnchorSigningKey | null;
  /** Check anchors: the signing key's and older ones' (rotation). */
  abstract readonly verifyKeys: ReadonlyMap<string, KeyObject>;
  /** The append-only file anchors go to (besides the log); null: the log only. */
  abstract readonly file: string | null;
  abstract readonly everyMs: number;
}

/**
 * `LOKET_AUDIT_SIGNING_KEYS`: `kid:base64(PEM)` pairs of Ed25519 private keys, comma-separated; the first signs,
 * all verify (so a key can be rotated without orphaning the anchors it signed). Required in production.
 * `LOKET_AUDIT_ANCHOR_FILE`: where anchors are appended (none: the log alone carries them off the machine).
 * `LOKET_AUDIT_ANCHOR_INTERVAL_MS`: how often the head is anchored when it moved (15 minutes).
 */
export function auditAnchorSettingsFromEnv(env: NodeJS.ProcessEnv, chain: string): AuditAnchorSettings {
  const keys = signingKeysFrom(env['LOKET_AUDIT_SIGNING_KEYS'] ?? '');
  if (keys.length === 0 && env['NODE_ENV'] === 'production') {
    throw new Error('LOKET_AUDIT_SIGNING_KEYS is required in production (the key that signs the audit chain\'s anchors)');
  }
  const everyMs = Number(env['LOKET_AUDIT_ANCHOR_INTERVAL_MS'] ?? 900_000);
  if (!Number.isInteger(everyMs) || everyMs < 1_000) {
    throw new Error(`LOKET_AUDIT_ANCHOR_INTERVAL_MS must be a whole number of at least 1000, got "${env['LOKET_AUDIT_ANCHOR_INTERVAL_MS']}"`);
  }
  return {
    chain,
    signingKey: keys[0] ?? null,
    verifyKeys: anchorPublicKeys(keys),
    file: env['LOKET_AUDIT_ANCHOR_FILE'] || null,
    everyMs,
  };
}

function signingKeysFrom(raw: string): AnchorSigningKey[] {
  return keyPairsFrom(raw, 'LOKET_AUDIT_SIGNING_KEYS').map(([kid, pem]) => {
    try {
      return anchorSigningKey(kid, pem);
    } catch (error) {
      throw new Error(`LOKET_AUDIT_SIGNING_KEYS: key "${kid}": ${(error as Error).message}`);
    }
  });
}

/** `kid:base64(PEM)` pairs, comma-separated, as [kid, PEM] (the signing keys, and an auditor's public keys). */
export function keyPairsFrom(raw: string, variable: string): [string, string][] {
  return raw
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const separator = pair.indexOf(':');
      if (separator <= 0) throw new Error(`${variable} must be kid:base64(PEM) pairs`);
      return [pair.slice(0, separator), Buffer.from(pair.slice(separator + 1), 'base64').toString('utf8')];
    });
}
