import { input, outcome, policy, rule } from '../../testing/policy-builders';
import { compilePolicy } from '../compile/compile-policy';
import { PolicyError } from '../policy/policy-error';
import { referralTarget } from './referral-target';

const HANDHAVING = outcome('municipality', 'handhaving');
const WIJKAGENT = outcome('police', 'wijkagenten', 'high');
const HUURDERS = outcome('housing', 'huurdersservice');
const compiled = compilePolicy(
  policy([
    rule(
      'geluid-nacht',
      { categories: ['geluid'], timeWindows: [{ from: '22:00', to: '07:00' }] },
      WIJKAGENT,
    ),
    rule('overlast', { categories: ['overlast'] }, HANDHAVING),
    rule('drugs', { categories: ['drugsoverlast'] }, WIJKAGENT),
    rule('wonen', { categories: ['wonen'] }, HUURDERS),
  ]),
);
const noise = input({ category: { main: 'overlast', sub: 'geluid' } });

describe('referralTarget with a requested organisation', () => {
  it('takes the first rule for that organisation whose conditions hold', () => {
    expect(referralTarget(compiled, noise, 'police', 'municipality')).toMatchObject({
      outcome: HANDHAVING,
      ruleId: 'overlast',
      via: 'matching-rule',
    });
  });

  it('falls back to the first rule routing to that organisation at all', () => {
    const result = referralTarget(compiled, noise, 'municipality', 'housing');
    expect(result).toMatchObject({ outcome: HUURDERS, ruleId: 'wonen', via: 'organisation-rule' });
    expect(result.reason).toBe('no rule for this report routes to housing; using its team from rule wonen');
  });

  it('sends it to the fallback when the requested organisation is the fallback', () => {
    expect(referralTarget(compiled, noise, 'municipality', 'coordinators')).toMatchObject({
      ruleId: null,
      via: 'fallback',
      outcome: { team: 'triage' },
    });
  });

  it('sends it to the coordinators when the policy knows no team of the requested organisation', () => {
    const result = referralTarget(compiled, noise, 'municipality', 'brandweer');
    expect(result).toMatchObject({
      ruleId: null,
      via: 'fallback',
      outcome: { organisation: 'coordinators' },
    });
    expect(result.reason).toBe('the policy knows no team of brandweer; the fallback applies');
  });
});

describe('referralTarget without a requested organisation', () => {
  it('decides as the policy would, leaving out rules that route to the referring organisation', () => {
    const nightNoise = input({
      category: { main: 'overlast', sub: 'geluid' },
      submittedAt: new Date('2025-01-14T23:00:00Z'),
    });
    expect(referralTarget(compiled, nightNoise, 'police')).toMatchObject({
      ruleId: 'overlast',
      via: 'policy-decision',
    });
    expect(referralTarget(compiled, nightNoise, 'municipality')).toMatchObject({
      ruleId: 'geluid-nacht',
      via: 'policy-decision',
    });
  });

  it('uses the fallback when only rules of the referring organisation match', () => {
    expect(referralTarget(compiled, input({ category: { main: 'wonen' } }), 'housing')).toMatchObject({
      via: 'fallback',
      ruleId: null,
    });
  });

  it('throws a PolicyError when nothing applies and there is no fallback', () => {
    const strict = compilePolicy(policy([rule('wonen', { categories: ['wonen'] }, HUURDERS)], null));
    expect(() => referralTarget(strict, input({ category: { main: 'wonen' } }), 'housing')).toThrow(
      PolicyError,
    );
  });
});
