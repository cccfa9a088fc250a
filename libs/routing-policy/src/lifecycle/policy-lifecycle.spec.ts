import { outcome, policy, rule } from '../../testing/policy-builders';
import type { RoutingPolicy } from '../policy/routing-policy.types';
import type { PolicyCatalogue } from '../validate/policy-issue';
import { nextDraft, PolicyLifecycle, publishPolicy } from './policy-lifecycle';

const catalogue: PolicyCatalogue = {
  categories: [{ code: 'afval', sub: ['grofvuil'] }],
  areas: [],
  organisations: [
    { code: 'municipality', teams: ['stadsbeheer'] },
    { code: 'coordinators', teams: ['triage'] },
  ],
};
const published: RoutingPolicy = {
  ...policy([rule('afval', { categories: ['afval'] })]),
  version: 3,
  status: 'published',
};
const draft: RoutingPolicy = { ...published, version: 4, status: 'draft' };

describe('publishPolicy', () => {
  it('publishes the draft and retires the current policy, without changing either input', () => {
    const result = publishPolicy(draft, published, catalogue);
    expect(result).toEqual({
      ok: true,
      published: { ...draft, status: 'published' },
      retired: { ...published, status: 'retired' },
      warnings: [],
    });
    expect([draft.status, published.status]).toEqual(['draft', 'published']);
  });

  it('publishes a first policy with nothing to retire', () => {
    const result = publishPolicy(draft, null, catalogue);
    expect(result.ok && result.retired).toBeNull();
  });

  it('returns copies that do not share rules with the draft', () => {
    const result = publishPolicy(draft, published, catalogue);
    if (!result.ok) throw new Error('expected publishing to succeed');
    expect(result.published.rules).not.toBe(draft.rules);
  });

  it('publishes with warnings and hands them back', () => {
    const withShadow = { ...draft, rules: [rule('all', {}), rule('afval', { categories: ['afval'] })] };
    const result = publishPolicy(withShadow, published, catalogue);
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['shadowed-rule']);
  });

  it('rejects a draft with validation errors and lists them', () => {
    const result = publishPolicy(
      { ...draft, fallback: null, rules: [rule('x', {}, outcome('brandweer', 'x'))] },
      published,
      catalogue,
    );
    expect(result).toMatchObject({ ok: false, code: 'invalid-policy', message: 'the draft has 2 error(s)' });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual([
      'unknown-organisation',
      'missing-fallback',
    ]);
  });

  it('rejects publishing a policy that is not a draft', () => {
    expect(publishPolicy(published, null, catalogue)).toMatchObject({ ok: false, code: 'not-a-draft' });
  });

  it('rejects replacing a policy that is not the published one', () => {
    expect(publishPolicy(draft, { ...published, status: 'retired' }, catalogue)).toMatchObject({
      ok: false,
      code: 'current-not-published',
    });
  });

  it('rejects a draft whose version is not newer than the published version of the same policy', () => {
    expect(publishPolicy({ ...draft, version: 3 }, published, catalogue)).toMatchObject({
      ok: false,
      code: 'version-not-newer',
    });
  });
});

describe('nextDraft', () => {
  it('copies a policy as a draft one version up', () => {
    const next = nextDraft(published);
    expect(next).toEqual({ ...published, version: 4, status: 'draft' });
    expect(next.rules).not.toBe(published.rules);
  });

  it('takes an explicit version when other drafts exist', () => {
    expect(nextDraft(published, 9).version).toBe(9);
  });

  it('is also reachable as PolicyLifecycle.nextDraft, next to PolicyLifecycle.publish', () => {
    expect(PolicyLifecycle.nextDraft).toBe(nextDraft);
    expect(PolicyLifecycle.publish).toBe(publishPolicy);
  });
});
