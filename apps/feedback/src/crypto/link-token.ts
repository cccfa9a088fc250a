import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed link lets its holder do. A token for one purpose never opens another. */
export const LINK_PURPOSES = ['manage'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

const VERSION = 1;
const SIGNATURE_BYTES = 32;
/** Longer input is refused before any work: a real token is about 130 characters. */
const MAX_TOKEN_LENGTH = 512;

interface LinkClaims {
  v: number;
  /** purpose */
  p: string;
  /** the reporter: their report id (one reporter per report), never their pseudonym or contact details */
  r: string;
  /** expiry, seconds since the epoch */
  e: number;
}

/**
 * Signed links for reporters without an account: `<claims>.<signature>`, both base64url, the signature an
 * HMAC-SHA256 over the claims with the link secret from configuration. The claims name the purpose, the
 * reporter (report id) and the expiry. Verification compares signatures in constant time and answers only
 * "this reporter" or `null`: a tampered, expired, malformed or wrong-purpose token are told apart nowhere.
 * Revocation (an erased reporter) is the caller's check: the token stays valid, the reporter does not.
 */
export class LinkTokens {
  constructor(
    private readonly secret: Buffer,
    private readonly ttlMs: number,
  ) {
    if (secret.length < 32) throw new Error('the link secret must be at least 32 bytes');
  }

  issue(reportId: string, purpose: LinkPurpose, now: Date = new Date()): string {
    const claims: LinkClaims = { v: VERSION, p: purpose, r: reportId, e: Math.floor((now.getTime() + this.ttlMs) / 1000) };
    const body = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return `${body}.${this.sign(body).toString('base64url')}`;
  }

  /** The report id the token was issued for, or `null` for any token that does not hold. */
  verify(token: string, purpose: LinkPurpose, now: Date = new Date()): string | null {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
    const dot = token.indexOf('.');
    const body = dot < 0 ? token : token.slice(0, dot);
    const given = Buffer.from(dot < 0 ? '' : token.slice(dot + 1), 'base64url');
    const expected = this.sign(body);
    // Compare always, at full length: a short or missing signature costs the same as a wrong one.
    const comparable = given.length === SIGNATURE_BYTES ? given : Buffer.alloc(SIGNATURE_BYTES);
    const matches = timingSafeEqual(comparable, expected) && given.length === SIGNATURE_BYTES;
    if (!matches) return null;
    const claims = parseClaims(body);
    if (!claims || claims.v !== VERSION || claims.p !== purpose) return null;
    if (claims.e * 1000 <= now.getTime()) return null;
    return claims.r;
  }

  private sign(body: string): Buffer {
    return createHmac('sha256', this.secret).update(`loket-link:${body}`, 'utf8').digest();
  }
}

function parseClaims(body: string): LinkClaims | null {
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<LinkClaims>;
    if (typeof claims.v !== 'number' || typeof claims.p !== 'string' || typeof claims.r !== 'string' || typeof claims.e !== 'number') return null;
    return claims as LinkClaims;
  } catch {
    return null;
  }
}
