import { randomBytes } from 'node:crypto';
import { LinkTokens } from './link-token';

const DAY = 86_400_000;
const REPORT = '6f1c2b8e-0a4d-4f6e-9b1a-2c3d4e5f6a7b';
const now = new Date('2026-05-01T10:00:00Z');

describe('LinkTokens', () => {
  const secret = randomBytes(32);
  const tokens = new LinkTokens(secret, 30 * DAY);

  it('opens a token it issued, for the reporter it names', () => {
    const token = tokens.issue(REPORT, 'manage', now);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(tokens.verify(token, 'manage', new Date(now.getTime() + DAY))).toBe(REPORT);
  });

  it('carries no contact details or pseudonym: only purpose, report id and expiry', () => {
    const token = tokens.issue(REPORT, 'manage', now);
    const claims = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString());
    expect(Object.keys(claims).sort()).toEqual(['e', 'p', 'r', 'v']);
    expect(claims).toMatchObject({ p: 'manage', r: REPORT, e: Math.floor((now.getTime() + 30 * DAY) / 1000) });
  });

  it('refuses a token once it has expired', () => {
    const token = tokens.issue(REPORT, 'manage', now);
    expect(tokens.verify(token, 'manage', new Date(now.getTime() + 30 * DAY - 1000))).toBe(REPORT);
    expect(tokens.verify(token, 'manage', new Date(now.getTime() + 30 * DAY))).toBeNull();
  });

  it('refuses a token whose claims were changed, even to a well-formed other reporter', () => {
    const [, signature] = tokens.issue(REPORT, 'manage', now).split('.');
    const forged = Buffer.from(JSON.stringify({ v: 1, p: 'manage', r: '00000000-0000-4000-8000-000000000000', e: 9_999_999_999 })).toString('base64url');
    expect(tokens.verify(`${forged}.${signature}`, 'manage', now)).toBeNull();
  });

  it('refuses a token with a flipped signature bit, a short signature or none', () => {
    const token = tokens.issue(REPORT, 'manage', now);
    const [body, signature] = token.split('.') as [string, string];
    const bytes = Buffer.from(signature, 'base64url');
    bytes[0] = bytes[0]! ^ 1;
    expect(tokens.verify(`${body}.${bytes.toString('base64url')}`, 'manage', now)).toBeNull();
    expect(tokens.verify(`${body}.${signature.slice(0, 20)}`, 'manage', now)).toBeNull();
    expect(tokens.verify(body, 'manage', now)).toBeNull();
    expect(tokens.verify('', 'manage', now)).toBeNull();
    expect(tokens.verify('x'.repeat(10_000), 'manage', now)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    const other = new LinkTokens(randomBytes(32), 30 * DAY);
    expect(tokens.verify(other.issue(REPORT, 'manage', now), 'manage', now)).toBeNull();
  });

  it('refuses a token issued for another purpose', () => {
    const token = tokens.issue(REPORT, 'manage', now);
    expect(tokens.verify(token, 'other' as 'manage', now)).toBeNull();
  });

  it('refuses a properly signed body that is not claims', () => {
    const body = Buffer.from('not json').toString('base64url');
    const signature = (tokens as unknown as { sign(b: string): Buffer }).sign(body).toString('base64url');
    expect(tokens.verify(`${body}.${signature}`, 'manage', now)).toBeNull();
  });

  it('needs a secret of at least 32 bytes', () => {
    expect(() => new LinkTokens(randomBytes(16), DAY)).toThrow('32 bytes');
  });
});
