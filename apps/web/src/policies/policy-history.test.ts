import { describe, expect, it } from 'vitest';
import { defaultComparison, type PolicyVersion } from './policy-history';

const v = (version: number, status: PolicyVersion['status']): PolicyVersion => ({
  policyId: 'default', version, status, rules: 3, createdAt: '2026-01-01T00:00:00Z', createdBy: 'admin',
  publishedAt: null, publishedBy: null, retiredAt: null, retiredBy: null,
});

describe('defaultComparison', () => {
  it('compares the version in force with the newest draft', () => {
    expect(defaultComparison([v(1, 'retired'), v(2, 'published'), v(3, 'retired'), v(4, 'draft')])).toEqual({ from: 2, to: 4 });
  });
  it('compares the last two when the newest is in force', () => {
    expect(defaultComparison([v(3, 'published'), v(1, 'retired'), v(2, 'retired')])).toEqual({ from: 2, to: 3 });
  });
  it('has nothing to compare with one version', () => {
    expect(defaultComparison([v(1, 'published')])).toBeNull();
  });
});
