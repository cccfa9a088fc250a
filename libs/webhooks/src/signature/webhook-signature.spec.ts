import { createHmac } from 'node:crypto';
import { generateWebhookSecret, signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('webhook signature (Standard Webhooks)', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const body = '{"specversion":"1.0","id":"e1"}';

  it('is v1, then base64 HMAC-SHA256 over id.timestamp.body keyed by the decoded secret', () => {
    const headers = signWebhook(secret, 'msg_1', 1_700_000_000, body);
    const expected = createHmac('sha256', Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64'))
      .update(`msg_1.1700000000.${body}`)
      .digest('base64');
    expect(headers).toEqual({ 'webhook-id': 'msg_1', 'webhook-timestamp': '1700000000', 'webhook-signature': `v1,${expected}` });
  });

  it('verifies what it signed, within the tolerance', () => {
    const headers = signWebhook(secret, 'msg_1', 1_700_000_000, body);
    expect(verifyWebhookSignature(secret, { ...headers }, body, { nowSeconds: 1_700_000_100 })).toBe(true);
  });

  it('refuses a changed body, another secret, another id, a stale timestamp or a missing header', () => {
    const headers = { ...signWebhook(secret, 'msg_1', 1_700_000_000, body) };
    const now = { nowSeconds: 1_700_000_000 };
    expect(verifyWebhookSignature(secret, headers, `${body} `, now)).toBe(false);
    expect(verifyWebhookSignature(generateWebhookSecret(), headers, body, now)).toBe(false);
    expect(verifyWebhookSignature(secret, { ...headers, 'webhook-id': 'msg_2' }, body, now)).toBe(false);
    expect(verifyWebhookSignature(secret, headers, body, { nowSeconds: 1_700_000_000 + 301 })).toBe(false);
    expect(verifyWebhookSignature(secret, { ...headers, 'webhook-signature': undefined }, body, now)).toBe(false);
    expect(verifyWebhookSignature(secret, { ...headers, 'webhook-signature': 'v1,' }, body, now)).toBe(false);
  });

  it('accepts any one of several space-separated signatures (secret rotation)', () => {
    const headers = signWebhook(secret, 'msg_1', 1_700_000_000, body);
    const rotated = { ...headers, 'webhook-signature': `v1,AAAA ${headers['webhook-signature']}` };
    expect(verifyWebhookSignature(secret, rotated, body, { nowSeconds: 1_700_000_000 })).toBe(true);
  });

  it('makes secrets of 32 random bytes, never the same twice', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(a);
  });
});
