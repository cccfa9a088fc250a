import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import type { ChainHead } from './audit-entry';
import { canonicalJson } from './canonical-json';

/**
 * Where the chain stood at a moment, signed (Ed25519) and kept outside the database. Someone who can rewrite the
 * whole chain consistently (every hash recomputed, the head moved along) cannot make the entry an anchor names hash
 * to what the anchor says without the signing key, so the rewrite shows.
 */
export interface AuditAnchor {
  /** Which chain: the database it lives in. */
  chain: string;
  sequence: number;
  hash: string;
  anchoredAt: string;
  /** Which signing key. */
  kid: string;
  /** Ed25519 over the canonical JSON of the fields above, base64. */
  signature: string;
}

export interface AnchorSigningKey {
  kid: string;
  privateKey: KeyObject;
}

export function signAnchor(chain: string, head: ChainHead, anchoredAt: Date, key: AnchorSigningKey): AuditAnchor {
  const unsigned = { chain, sequence: head.sequence, hash: head.hash, anchoredAt: anchoredAt.toISOString(), kid: key.kid };
  return { ...unsigned, signature: sign(null, Buffer.from(canonicalJson(unsigned)), key.privateKey).toString('base64') };
}

/** Whether the anchor was signed by the key its kid names (false for an unknown kid or an altered anchor). */
export function anchorSignatureValid(anchor: AuditAnchor, publicKeys: ReadonlyMap<string, KeyObject>): boolean {
  const key = publicKeys.get(anchor.kid);
  if (!key) return false;
  const { signature, ...unsigned } = anchor;
  try {
    return verify(null, Buffer.from(canonicalJson(unsigned)), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** The public keys that check anchors signed with these private keys. */
export function anchorPublicKeys(keys: readonly AnchorSigningKey[]): Map<string, KeyObject> {
  return new Map(keys.map((key) => [key.kid, createPublicKey(key.privateKey)]));
}

/** An Ed25519 private key from PEM, refusing any other kind. */
export function anchorSigningKey(kid: string, pem: string): AnchorSigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`audit signing key "${kid}" is not an Ed25519 private key`);
  return { kid, privateKey };
}

/** Reads anchors written one JSON object per line; a line that is not an anchor is reported, not skipped. */
export function parseAnchors(text: string): AuditAnchor[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`anchor line ${number} is not JSON`);
      }
      if (!isAnchor(value)) throw new Error(`anchor line ${number} is not an audit anchor`);
      return value;
    });
}

function isAnchor(value: unknown): value is AuditAnchor {
  const a = value as Partial<AuditAnchor>;
  return (
    typeof a === 'object' && a !== null && typeof a.chain === 'string' && Number.isInteger(a.sequence) && typeof a.hash === 'string' &&
    typeof a.anchoredAt === 'string' && typeof a.kid === 'string' && typeof a.signature === 'string'
  );
}
