import { SubjectKeys } from './subject-keys';

describe('SubjectKeys', () => {
  it('is the same for the same subject, differs by subject and by secret, and does not contain the subject', () => {
    const keys = new SubjectKeys('a-long-enough-hash-key');
    const key = keys.of('5f0c3a2e-bewoner');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.of('5f0c3a2e-bewoner')).toBe(key);
    expect(keys.of('9d1e7b44-vrijwilliger')).not.toBe(key);
    expect(new SubjectKeys('another-hash-key-entirely').of('5f0c3a2e-bewoner')).not.toBe(key);
    expect(key).not.toContain('5f0c3a2e');
  });
});
