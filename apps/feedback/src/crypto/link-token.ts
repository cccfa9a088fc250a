import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * What a signed link lets its holder do. A token for one purpose never opens another:
 * - `manage`: preferences, withdrawal, satisfaction, asking for a data link; in every e-mail, long-lived;
 * - `export` and `erase`: the reporter's data out, or erased; short-lived, sent only on request to the
 *   reporter's e-mail address, so a forwarded or leaked e-mail does not hand over someone's data.
 */
export const LINK_PURPOSES = ['manage', 'export', 'erase'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

const VERSION = 2;
const SIGNATURE_BYTES = 32;
/** Longer input is refused before any work: a real token is about 250 characters. */
const MAX_TOKEN_LENGTH = 512;

interface LinkClaims {
  v: number;
  /** key id: which secret signed it (rotation) */
  k: string;
  /** token id: what a revocation names */
  j: string;
  /** purpose */
  p: string;
  /** the reporter: their report id (one reporter per report), never their pseudonym or contact details */
  r: string;
  /** issued at, milliseconds since the epoch (what a revocation of all earlier links compares with) */
  i: number;
  /** expiry, seconds since the epoch */
  e: number;
}

/** What a token that holds says: whose it is, for what, and when it was made and ends. */
export interface VerifiedLink {
  reportId: string;
  purpose: LinkPurpose;
  tokenId: string;
  issuedAt: Date;
  expiresAt: Date;
}

/** A signing secret and its key id (the first 8 bytes of its SHA-256, so configuration names no ids). */
export class LinkKey {
  readonly id: string;

  constructor(readonly secret: Buffer) {
    if (secret.length < 32) throw new Error('a link secret must be at least 32 bytes');
    this.id = createHash('sha256').update(secret).digest('hex').slice(0, 16);
  }
}

export type LinkLifetimes = Record<LinkPurpose, number>;

/**
 * Signed links for reporters without an account: `<claims>.<signature>`, both base64url, the signature an
 * HMAC-SHA256 over the claims. The claims name the key, a token id, the purpose, the reporter (report id), and
 * when the token was issued and ends. New tokens are signed with the current key; tokens of earlier keys keep
 * working until they expire, so the secret can be rotated without breaking the links in sent e-mails (and a
 * key dropped from configuration revokes every token it signed). Verification compares signatures in constant
 * time and answers only "this link" or `null`: a tampered, expired, malformed, unknown-key or wrong-purpose
 * token are told apart nowhere. Revocation (a token id, everything before a moment, an erased reporter) is the
 * caller's check against its database.
 */
export class LinkTokens {
  private readonly keys: ReadonlyMap<string, LinkKey>;

  constructor(
    private readonly current: LinkKey,
    private readonly lifetimesMs: LinkLifetimes,
    previous: readonly LinkKey[] = [],
  ) {
    this.keys = new Map([current, ...previous].map((key) => [key.id, key]));
  }

  issue(reportId: string, purpose: LinkPurpose, now: Date = new Date()): string {
    const claims: LinkClaims = {
      v: VERSION,
      k: this.current.id,
      j: randomUUID(),
      p: purpose,
      r: reportId,
      i: now.getTime(),
      e: Math.floor((now.getTime() + this.lifetimesMs[purpose]) / 1000),
    };
    const body = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return `${body}.${sign(this.current, body).toString('base64url')}`;
  }

  /** The link the token was issued as, when it holds and is for one of `purposes`; `null` otherwise. */
  verify(token: string, purposes: readonly LinkPurpose[], now: Date = new Date()): VerifiedLink | null {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
    const dot = token.indexOf('.');
    const body = dot < 0 ? token : token.slice(0, dot);
    const claims = parseClaims(body);
    // An unknown or unreadable key still costs one signature: the answer takes as long as a wrong signature.
    const key = (claims && this.keys.get(claims.k)) ?? this.current;
    const given = Buffer.from(dot < 0 ? '' : token.slice(dot + 1), 'base64url');
    const expected = sign(key, body);
    // Compare always, at full length: a short or missing signature costs the same as a wrong one.
    const comparable = given.length === SIGNATURE_BYTES ? given : Buffer.alloc(SIGNATURE_BYTES);
    const matches = timingSafeEqual(comparable, expected) && given.length === SIGNATURE_BYTES;
    if (!matches || !claims || claims.k !== key.id || claims.v !== VERSION) return null;
    const purpose = purposes.find((allowed) => allowed === claims.p);
    if (!purpose || claims.e * 1000 <= now.getTime()) return null;
    return { reportId: claims.r, purpose, tokenId: claims.j, issuedAt: new Date(claims.i), expiresAt: new Date(claims.e * 1000) };
  }
}

function sign(key: LinkKey, body: string): Buffer {
  return createHmac('sha256', key.secret).update(`loket-link:${body}`, 'utf8').digest();
}

function parseClaims(body: string): LinkClaims | null {
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<LinkClaims>;
    const strings = [claims.k, claims.j, claims.p, claims.r].every((value) => typeof value === 'string');
    const numbers = [claims.v, claims.i, claims.e].every((value) => typeof value === 'number');
    return strings && numbers ? (claims as LinkClaims) : null;
  } catch {
    return null;
  }
}
