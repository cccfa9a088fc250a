import { input, outcome, policy, rule } from '../../testing/policy-builders';
import { compilePolicy } from '../compile/compile-policy';
import { decide } from '../decide/decide';
import { explain } from './explain';

const POLICE = outcome('police', 'wijkagenten', 'high');

const compiled = compilePolicy(
  policy([
    rule('drugs', { categories: ['drugsoverlast'] }, POLICE),
    rule(
      'night',
      { categories: ['veiligheid'], timeWindows: [{ days: [5, 6], from: '22:00', to: '06:00' }] },
      POLICE,
    ),
    rule('vrijwilligers', { categories: ['veiligheid'], reporterTiers: ['volunteer'] }, POLICE),
    rule(
      'inbraak',
      {
        categories: ['veiligheid'],
        areas: ['buurt-1'],
        keywords: ['inbraak', 'ingebroken'],
        reporterTiers: ['resident'],
      },
      POLICE,
    ),
  ]),
);
const burglary = input({
  category: { main: 'veiligheid', sub: 'inbraak' },
  description: 'Er is ingebroken bij de buren',
});

describe('explain', () => {
  it('lists every condition of the matched rule with why it held', () => {
    const explanation = explain(compiled, burglary);
    expect(explanation.result).toBe('rule');
    expect(explanation.matched?.ruleId).toBe('inbraak');
    expect(explanation.matched?.conditions).toEqual([
      { condition: 'category', held: true, reason: 'category veiligheid/inbraak is in [veiligheid]' },
      { condition: 'area', held: true, reason: 'area buurt-1 is in [buurt-1]' },
      { condition: 'reporter-tier', held: true, reason: 'reporter tier resident is in [resident]' },
      { condition: 'keyword', held: true, reason: 'description contains "ingebroken"' },
    ]);
  });

  it('gives for every earlier rule the first condition that failed and why', () => {
    const explanation = explain(compiled, burglary);
    expect(explanation.skipped).toEqual([
      {
        ruleId: 'drugs',
        ruleName: 'rule drugs',
        failed: {
          condition: 'category',
          held: false,
          reason: 'category veiligheid/inbraak is not in [drugsoverlast]',
        },
      },
      {
        ruleId: 'night',
        ruleName: 'rule night',
        failed: {
          condition: 'time-window',
          held: false,
          reason: 'submitted Tuesday 14:30 (Europe/Amsterdam) is outside Fri, Sat 22:00-06:00',
        },
      },
      {
        ruleId: 'vrijwilligers',
        ruleName: 'rule vrijwilligers',
        failed: {
          condition: 'reporter-tier',
          held: false,
          reason: 'reporter tier resident is not in [volunteer]',
        },
      },
    ]);
  });

  it('says the fallback applied when no rule matched, listing all rules', () => {
    const explanation = explain(compiled, input({ category: null, areaIds: [] }));
    expect(explanation.result).toBe('fallback');
    expect(explanation.matched).toBeNull();
    expect(explanation.skipped.map((s) => s.failed.reason)).toContain(
      'the report has no category; the rule needs one of [drugsoverlast]',
    );
    expect(explanation.skipped).toHaveLength(4);
    expect(explanation.outcome?.team).toBe('triage');
  });

  it('reports result none instead of throwing when nothing matches and there is no fallback', () => {
    const explanation = explain(
      compilePolicy(policy([rule('x', { areas: ['elders'] })], null)),
      input({ areaIds: [] }),
    );
    expect(explanation.result).toBe('none');
    expect(explanation.outcome).toBeNull();
    expect(explanation.skipped[0].failed.reason).toBe(
      'the report lies in no known area; the rule needs one of [elders]',
    );
  });

  it('explains priorities and keywords that failed', () => {
    const c = compilePolicy(
      policy([rule('p', { priorities: ['urgent'] }), rule('k', { keywords: ['brand', 'rook'] })]),
    );
    const reasons = explain(c, input()).skipped.map((s) => s.failed.reason);
    expect(reasons).toEqual([
      'the report has no priority; the rule needs one of [urgent]',
      'description contains none of ["brand", "rook"]',
    ]);
  });

  it('shortens long lists in reasons', () => {
    const areas = Array.from({ length: 20 }, (_, i) => `a${i}`);
    const reason = explain(compilePolicy(policy([rule('many', { areas })])), input()).skipped[0].failed
      .reason;
    expect(reason).toBe(
      'area buurt-1 is not in [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, … 8 more]',
    );
  });

  it('is what the decision carries, computed when first read', () => {
    const decision = decide(compiled, burglary);
    expect(decision.explanation).toEqual(explain(compiled, burglary));
    expect(decision.explanation).toBe(decision.explanation);
  });

  it('travels with the decision through JSON, e.g. into a jsonb column', () => {
    const json = JSON.parse(JSON.stringify(decide(compiled, burglary)));
    expect(Object.keys(json).sort()).toEqual([
      'explanation',
      'outcome',
      'policyId',
      'policyVersion',
      'ruleId',
    ]);
    expect(json.explanation.matched.ruleId).toBe('inbraak');
  });
});
