import { input, outcome, policy, rule, TRIAGE } from '../../testing/policy-builders';
import { compilePolicy } from '../compile/compile-policy';
import { PolicyError } from '../policy/policy-error';
import { decide } from './decide';

const POLICE = outcome('police', 'wijkagenten', 'high');
const decideWith = (
  rules: Parameters<typeof policy>[0],
  overrides: Parameters<typeof input>[0] = {},
  timeZone?: string,
) =>
  decide(compilePolicy(policy(rules)), input(overrides), timeZone === undefined ? undefined : { timeZone });

describe('decide: categories', () => {
  it('matches a main-category condition for a report in one of its subcategories', () => {
    const decision = decideWith([rule('afval', { categories: ['afval'] })]);
    expect(decision.ruleId).toBe('afval');
  });

  it('matches a subcategory condition only for that subcategory', () => {
    const rules = [rule('grofvuil', { categories: ['grofvuil'] })];
    expect(decideWith(rules).ruleId).toBe('grofvuil');
    expect(decideWith(rules, { category: { main: 'afval', sub: 'zwerfafval' } }).ruleId).toBeNull();
  });

  it('does not let a subcategory condition match a report with only the main category', () => {
    expect(
      decideWith([rule('grofvuil', { categories: ['grofvuil'] })], { category: { main: 'afval' } }).ruleId,
    ).toBeNull();
  });

  it('fails a category condition for a report without category but still applies rules without one', () => {
    const rules = [rule('afval', { categories: ['afval'] }), rule('any', {})];
    expect(decideWith(rules, { category: null }).ruleId).toBe('any');
  });
});

describe('decide: other conditions', () => {
  it('holds an area condition when the report lies in any listed area', () => {
    const rules = [rule('west', { areas: ['buurt-9', 'buurt-2'] })];
    expect(decideWith(rules, { areaIds: ['wijk-1', 'buurt-2'] }).ruleId).toBe('west');
    expect(decideWith(rules, { areaIds: ['buurt-1'] }).ruleId).toBeNull();
  });

  it('reads time windows in Europe/Amsterdam by default', () => {
    // 13:30 UTC is 14:30 in Amsterdam in January
    const rules = [rule('afternoon', { timeWindows: [{ from: '14:00', to: '15:00' }] })];
    expect(decideWith(rules).ruleId).toBe('afternoon');
  });

  it('reads time windows in the time zone given at decide time', () => {
    const rules = [rule('afternoon', { timeWindows: [{ from: '14:00', to: '15:00' }] })];
    expect(decideWith(rules, {}, 'UTC').ruleId).toBeNull();
  });

  it('matches a night window that wraps midnight on the next morning', () => {
    const rules = [rule('night', { timeWindows: [{ days: [5, 6], from: '22:00', to: '06:00' }] })];
    // Saturday 2025-01-18 02:00 in Amsterdam, inside Friday night's window
    expect(decideWith(rules, { submittedAt: new Date('2025-01-18T01:00:00Z') }).ruleId).toBe('night');
    // Friday 2025-01-17 02:00 belongs to Thursday night, which is not listed
    expect(decideWith(rules, { submittedAt: new Date('2025-01-17T01:00:00Z') }).ruleId).toBeNull();
  });

  it('matches reporter tiers', () => {
    const rules = [rule('trusted', { reporterTiers: ['volunteer', 'professional'] })];
    expect(decideWith(rules, { reporterTier: 'volunteer' }).ruleId).toBe('trusted');
    expect(decideWith(rules, { reporterTier: 'anonymous' }).ruleId).toBeNull();
  });

  it('matches keywords regardless of case and diacritics, as a word or the start of one', () => {
    const rules = [rule('cafe', { keywords: ['CAFE', 'terras'] })];
    expect(decideWith(rules, { description: 'Lawaai bij het café.' }).ruleId).toBe('cafe');
    expect(decideWith(rules, { description: 'Terrasjes tot laat open' }).ruleId).toBe('cafe');
    expect(decideWith(rules, { description: 'Het buitenterras is leeg' }).ruleId).toBeNull();
  });

  it('matches a keyword phrase across punctuation and spacing', () => {
    const rules = [rule('lab', { keywords: ['hennep kwekerij'] })];
    expect(decideWith(rules, { description: 'Ik denk: hennep-kwekerij op zolder' }).ruleId).toBe('lab');
  });

  it('matches priorities and never matches an input without priority', () => {
    const rules = [rule('urgent', { priorities: ['high', 'urgent'] })];
    expect(decideWith(rules, { priority: 'urgent' }).ruleId).toBe('urgent');
    expect(decideWith(rules, { priority: 'low' }).ruleId).toBeNull();
    expect(decideWith(rules).ruleId).toBeNull();
  });

  it('requires every given condition of a rule to hold', () => {
    const rules = [rule('both', { categories: ['afval'], reporterTiers: ['volunteer'] })];
    expect(decideWith(rules, { reporterTier: 'resident' }).ruleId).toBeNull();
  });

  it('never matches a rule with an empty condition list', () => {
    expect(decideWith([rule('empty', { areas: [] })]).ruleId).toBeNull();
    expect(decideWith([rule('empty', { reporterTiers: [] })]).ruleId).toBeNull();
    expect(decideWith([rule('empty', { keywords: ['  '] })]).ruleId).toBeNull();
  });
});

describe('decide: order and fallback', () => {
  it('takes the first matching rule in policy order', () => {
    const rules = [
      rule('narrow', { categories: ['grofvuil'] }, POLICE),
      rule('broad', { categories: ['afval'] }),
    ];
    const decision = decideWith(rules);
    expect(decision.ruleId).toBe('narrow');
    expect(decision.outcome).toEqual(POLICE);
  });

  it('applies the fallback with ruleId null when no rule matches', () => {
    const decision = decideWith([rule('other', { categories: ['overlast'] })]);
    expect(decision.ruleId).toBeNull();
    expect(decision.outcome).toEqual(TRIAGE);
  });

  it('names the policy and version in the decision', () => {
    const decision = decide(compilePolicy({ ...policy([]), id: 'p', version: 7 }), input());
    expect([decision.policyId, decision.policyVersion]).toEqual(['p', 7]);
  });

  it('throws a PolicyError with code no-rule-matched when nothing matches and there is no fallback', () => {
    const compiled = compilePolicy(policy([rule('other', { categories: ['overlast'] })], null));
    expect(() => decide(compiled, input())).toThrow(
      expect.objectContaining({ name: 'PolicyError', code: 'no-rule-matched' }),
    );
  });

  it('throws a PolicyError with code invalid-time-zone for an unknown zone', () => {
    const compiled = compilePolicy(policy([]));
    let thrown: unknown;
    try {
      decide(compiled, input(), { timeZone: 'Nowhere/Atlantis' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PolicyError);
    expect((thrown as PolicyError).code).toBe('invalid-time-zone');
  });
});

describe('compiled policy', () => {
  it('is not affected by later changes to the policy document', () => {
    const source = policy([rule('afval', { categories: ['afval'] })]);
    const compiled = compilePolicy(source);
    source.rules[0].conditions.categories = ['overlast'];
    expect(decide(compiled, input()).ruleId).toBe('afval');
  });

  it('hands out frozen outcomes so callers cannot change the policy through a decision', () => {
    const decision = decide(compilePolicy(policy([rule('afval', {})])), input());
    expect(Object.isFrozen(decision.outcome)).toBe(true);
    expect(Object.isFrozen(decision.outcome.sla)).toBe(true);
  });
});
