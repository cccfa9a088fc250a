import { createHmac, randomBytes } from 'node:crypto';
import { LinkKey, LinkLifetimes, LinkTokens } from './link-token';

const DAY = 86_400_000;
const MINUTE = 60_000;
const REPORT = '6f1c2b8e-0a4d-4f6e-9b1a-2c3d4e5f6a7b';
const now = new Date('2026-05-01T10:00:00Z');
const LIFETIMES: LinkLifetimes = { manage: 30 * DAY, export: 30 * MINUTE, erase: 30 * MINUTE };

describe('LinkTokens', () => {
  const key = new LinkKey(randomBytes(32));
  const tokens = new LinkTokens(key, LIFETIMES);

  it('opens a token it issued, for the reporter and purpose it names', () => {
    const token = tokens.issue(REPORT, 'manage', now);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(tokens.verify(token, ['manage'], new Date(now.getTime() + DAY))).toMatchObject({
      reportId: REPORT,
      purpose: 'manage',
      issuedAt: now,
      expiresAt: new Date(now.getTime() + 30 * DAY),
    });
  });

  it('carries no contact details or pseudonym: key id, token id, purpose, report id, issue and expiry', () => {
    const token = tokens.issue(REPORT, 'export', now);
    const claims = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString());
    expect(Object.keys(claims).sort()).toEqual(['e', 'i', 'j', 'k', 'p', 'r', 'v']);
    expect(claims).toMatchObject({ k: key.id, p: 'export', r: REPORT, e: Math.floor((now.getTime() + 30 * MINUTE) / 1000) });
  });

  it('gives every token its own id, so one can be revoked without the others', () => {
    const first = tokens.verify(tokens.issue(REPORT, 'manage', now), ['manage'], now);
    const second = tokens.verify(tokens.issue(REPORT, 'manage', now), ['manage'], now);
    expect(first?.tokenId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first?.tokenId).not.toBe(second?.tokenId);
  });

  it('ends each purpose after its own lifetime: data links within minutes, the manage link after days', () => {
    const exportLink = tokens.issue(REPORT, 'export', now);
    expect(tokens.verify(exportLink, ['export'], new Date(now.getTime() + 30 * MINUTE - 1000))).not.toBeNull();
    expect(tokens.verify(exportLink, ['export'], new Date(now.getTime() + 30 * MINUTE))).toBeNull();
    const manage = tokens.issue(REPORT, 'manage', now);
    expect(tokens.verify(manage, ['manage'], new Date(now.getTime() + 30 * DAY - 1000))).not.toBeNull();
    expect(tokens.verify(manage, ['manage'], new Date(now.getTime() + 30 * DAY))).toBeNull();
  });

  it('never opens a token for a purpose it was not issued for', () => {
    const manage = tokens.issue(REPORT, 'manage', now);
    expect(tokens.verify(manage, ['export', 'erase'], now)).toBeNull();
    expect(tokens.verify(tokens.issue(REPORT, 'export', now), ['erase'], now)).toBeNull();
    expect(tokens.verify(tokens.issue(REPORT, 'erase', now), ['manage', 'export'], now)).toBeNull();
    expect(tokens.verify(tokens.issue(REPORT, 'erase', now), ['manage', 'export', 'erase'], now)?.purpose).toBe('erase');
  });

  it('refuses a token whose claims were changed, even to a well-formed other reporter or purpose', () => {
    const token = tokens.issue(REPORT, 'manage', now);
    const [body, signature] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    for (const change of [{ r: '00000000-0000-4000-8000-000000000000' }, { p: 'erase' }, { e: 9_999_999_999 }]) {
      const forged = Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url');
      expect(tokens.verify(`${forged}.${signature}`, ['manage', 'erase'], now)).toBeNull();
    }
  });

  it('refuses a token with a flipped signature bit, a short signature or none', () => {
    const token = tokens.issue(REPORT, 'manage', now);
    const [body, signature] = token.split('.') as [string, string];
    const bytes = Buffer.from(signature, 'base64url');
    bytes[0] = bytes[0]! ^ 1;
    expect(tokens.verify(`${body}.${bytes.toString('base64url')}`, ['manage'], now)).toBeNull();
    expect(tokens.verify(`${body}.${signature.slice(0, 20)}`, ['manage'], now)).toBeNull();
    expect(tokens.verify(body, ['manage'], now)).toBeNull();
    expect(tokens.verify('', ['manage'], now)).toBeNull();
    expect(tokens.verify('x'.repeat(10_000), ['manage'], now)).toBeNull();
  });

  it('refuses a token signed with a secret it does not know', () => {
    const other = new LinkTokens(new LinkKey(randomBytes(32)), LIFETIMES);
    expect(tokens.verify(other.issue(REPORT, 'manage', now), ['manage'], now)).toBeNull();
  });

  it('rotates: the new key signs, tokens of the previous key keep working until that key is dropped', () => {
    const next = new LinkKey(randomBytes(32));
    const rotated = new LinkTokens(next, LIFETIMES, [key]);
    const old = tokens.issue(REPORT, 'manage', now);
    const fresh = rotated.issue(REPORT, 'manage', now);
    expect(rotated.verify(old, ['manage'], now)?.reportId).toBe(REPORT);
    expect(rotated.verify(fresh, ['manage'], now)?.reportId).toBe(REPORT);
    expect(JSON.parse(Buffer.from(fresh.split('.')[0]!, 'base64url').toString()).k).toBe(next.id);
    const dropped = new LinkTokens(next, LIFETIMES);
    expect(dropped.verify(old, ['manage'], now)).toBeNull();
    expect(tokens.verify(fresh, ['manage'], now)).toBeNull();
  });

  it('refuses a token that names one key but was signed with another it also knows', () => {
    const next = new LinkKey(randomBytes(32));
    const rotated = new LinkTokens(next, LIFETIMES, [key]);
    const [body] = tokens.issue(REPORT, 'manage', now).split('.') as [string];
    const relabelled = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), k: next.id })).toString('base64url');
    const signature = forgeSignature(key, relabelled);
    expect(rotated.verify(`${relabelled}.${signature}`, ['manage'], now)).toBeNull();
  });

  it('refuses a properly signed body that is not claims', () => {
    const body = Buffer.from('not json').toString('base64url');
    expect(tokens.verify(`${body}.${forgeSignature(key, body)}`, ['manage'], now)).toBeNull();
  });

  it('needs a secret of at least 32 bytes', () => {
    expect(() => new LinkKey(randomBytes(16))).toThrow('32 bytes');
  });
});

/** The signature the key would make over `body`: what someone holding that key (only) could produce. */
function forgeSignature(key: LinkKey, body: string): string {
  return createHmac('sha256', key.secret).update(`loket-link:${body}`, 'utf8').digest('base64url');
}
