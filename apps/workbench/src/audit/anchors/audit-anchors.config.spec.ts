import { generateKeyPairSync } from 'node:crypto';
import { auditAnchorSettingsFromEnv } from './audit-anchors.config';

const keyOf = (type: 'ed25519' | 'rsa') =>
  Buffer.from(
    generateKeyPairSync(type as 'ed25519', { ...(type === 'rsa' ? { modulusLength: 2048 } : {}) }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  ).toString('base64');

describe('auditAnchorSettingsFromEnv', () => {
  it('signs with the first key and verifies with all of them (rotation)', () => {
    const settings = auditAnchorSettingsFromEnv(
      { LOKET_AUDIT_SIGNING_KEYS: `audit-2:${keyOf('ed25519')}, audit-1:${keyOf('ed25519')}`, LOKET_AUDIT_ANCHOR_FILE: '/var/lib/loket/anchors.jsonl' },
      'loket_workbench',
    );
    expect(settings.signingKey?.kid).toBe('audit-2');
    expect([...settings.verifyKeys.keys()]).toEqual(['audit-2', 'audit-1']);
    expect(settings).toMatchObject({ chain: 'loket_workbench', file: '/var/lib/loket/anchors.jsonl', everyMs: 900_000 });
  });

  it('makes no anchors without a key, except in production, where it is required', () => {
    expect(auditAnchorSettingsFromEnv({}, 'loket_workbench')).toMatchObject({ signingKey: null, file: null });
    expect(() => auditAnchorSettingsFromEnv({ NODE_ENV: 'production' }, 'loket_workbench')).toThrow(/LOKET_AUDIT_SIGNING_KEYS is required in production/);
  });

  it('refuses a key that is not an Ed25519 private key, and a pair without a kid', () => {
    expect(() => auditAnchorSettingsFromEnv({ LOKET_AUDIT_SIGNING_KEYS: `audit-1:${keyOf('rsa')}` }, 'c')).toThrow(/"audit-1".*not an Ed25519/);
    expect(() => auditAnchorSettingsFromEnv({ LOKET_AUDIT_SIGNING_KEYS: keyOf('ed25519') }, 'c')).toThrow(/kid:base64/);
    expect(() => auditAnchorSettingsFromEnv({ LOKET_AUDIT_ANCHOR_INTERVAL_MS: '10' }, 'c')).toThrow(/at least 1000/);
  });
});
