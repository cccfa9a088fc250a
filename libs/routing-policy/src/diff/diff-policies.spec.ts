import { outcome, policy, rule, TRIAGE } from '../../testing/policy-builders';
import type { RoutingPolicy } from '../policy/routing-policy.types';
import { describeRule, diffPolicies } from './diff-policies';

const a = rule('a', { categories: ['afval'] });
const b = rule('b', { categories: ['verlichting'] });
const c = rule('c', { keywords: ['fiets'] });
const d = rule('d', { areas: ['BU1'] });
const version = (n: number, rules = [a, b, c, d], fallback = TRIAGE): RoutingPolicy => ({ ...policy(rules, fallback), version: n });

describe('diffPolicies', () => {
  it('finds no differences between equal versions, nor in the order of a condition list', () => {
    const reordered = { ...a, conditions: { categories: ['afval'] } };
    const same = diffPolicies(version(1), version(2, [reordered, b, c, d]));
    expect(same).toEqual({ from: { id: 'test', version: 1 }, to: { id: 'test', version: 2 }, changes: [], summary: 'No differences' });
    const two = rule('t', { categories: ['afval', 'grofvuil'] });
    expect(diffPolicies(version(1, [two]), version(2, [{ ...two, conditions: { categories: ['grofvuil', 'afval'] } }])).changes).toEqual([]);
  });

  it('names a rule added and a rule removed with their positions, in plain words', () => {
    const e = rule('e', { categories: ['grofvuil'] }, outcome('municipality', 'handhaving', 'high'));
    const diff = diffPolicies(version(1), version(2, [e, a, b, d]));
    expect(diff.changes).toEqual([
      { kind: 'rule-removed', ruleId: 'c', ruleName: 'rule c', position: 3, text: 'Rule "rule c" (c) was removed (it was number 3).' },
      {
        kind: 'rule-added',
        ruleId: 'e',
        ruleName: 'rule e',
        position: 1,
        text: 'Rule "rule e" (e) was added as number 1: when categories grofvuil → municipality / handhaving, priority high, SLA 3 working days.',
      },
    ]);
    expect(diff.summary).toBe('1 rule added, 1 removed');
  });

  it('says which parts of a rule changed, from what to what', () => {
    const changed = { ...b, name: 'Lantaarns', conditions: { categories: ['verlichting'], timeWindows: [{ days: [5], from: '22:00', to: '06:00' }] }, outcome: { ...b.outcome, team: 'verlichting', sla: { amount: 1, unit: 'days' as const, calendar: 'calendar' as const } } };
    const diff = diffPolicies(version(1), version(2, [a, changed, c, d]));
    expect(diff.changes).toEqual([
      {
        kind: 'rule-changed',
        ruleId: 'b',
        ruleName: 'Lantaarns',
        fields: [
          { field: 'name', before: 'rule b', after: 'Lantaarns' },
          { field: 'timeWindows', before: '', after: 'Fri 22:00–06:00' },
          { field: 'team', before: 'stadsbeheer', after: 'verlichting' },
          { field: 'sla', before: '3 working days', after: '1 calendar day' },
        ],
        text: 'Rule "Lantaarns" (b) changed: name rule b → Lantaarns; time windows none → Fri 22:00–06:00; team stadsbeheer → verlichting; SLA 3 working days → 1 calendar day.',
      },
    ]);
    expect(diff.summary).toBe('1 rule changed');
  });

  it('marks only the rule that moved, not every rule it passed', () => {
    const diff = diffPolicies(version(1), version(2, [d, a, b, c]));
    expect(diff.changes).toEqual([{ kind: 'rule-moved', ruleId: 'd', ruleName: 'rule d', from: 4, to: 1, text: 'Rule "rule d" (d) moved from number 4 to number 1.' }]);
  });

  it('does not call a rule moved when only rules around it were added or removed', () => {
    const e = rule('e', {});
    const diff = diffPolicies(version(1), version(2, [e, a, c, d]));
    expect(diff.changes.map((change) => change.kind)).toEqual(['rule-removed', 'rule-added']);
  });

  it('reports a changed or missing fallback', () => {
    const diff = diffPolicies(version(1), version(2, [a, b, c, d], null as never));
    expect(diff.changes).toEqual([
      {
        kind: 'fallback-changed',
        before: 'coordinators / triage, priority normal, SLA 3 working days',
        after: 'none (unmatched reports cannot be routed)',
        text: 'The fallback changed from coordinators / triage, priority normal, SLA 3 working days to none (unmatched reports cannot be routed).',
      },
    ]);
    expect(diff.summary).toBe('fallback changed');
  });

  // (How fast it is belongs in a benchmark, not in a timed test.)
  it('reports exactly the moved half of a policy of 2,000 rules', () => {
    const many = Array.from({ length: 2000 }, (_, i) => rule(`r${i}`, { keywords: [`w${i}`] }));
    const moved = [...many.slice(1000), ...many.slice(0, 1000)];
    const diff = diffPolicies(version(1, many), version(2, moved));
    expect(diff.changes).toHaveLength(1000);
  });
});

describe('describeRule', () => {
  it('says "always" for a rule without conditions', () => {
    expect(describeRule(rule('x', {}))).toBe('always → municipality / stadsbeheer, priority normal, SLA 3 working days');
  });
  it('marks an empty condition as one that never holds', () => {
    expect(describeRule(rule('x', { areas: [] }))).toContain('areas (empty: never holds)');
  });
});
