import { describe, expect, it } from 'vitest';
import { issuesByRule, listOf, moveRule, moveRuleTo, type Rule } from './policy-rules';

const rule = (id: string): Rule => ({ id, name: id, conditions: {}, outcome: { organisation: 'o', team: 't', priority: 'normal', sla: { amount: 1, unit: 'days', calendar: 'working' } } });

describe('editing a policy draft', () => {
  it('moves a dragged rule to the row it was dropped on', () => {
    const rules = [rule('a'), rule('b'), rule('c'), rule('d')];
    expect(moveRuleTo(rules, 3, 0).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveRuleTo(rules, 0, 2).map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveRuleTo(rules, 1, 9)).toBe(rules);
  });

  it('moves a rule up or down, never past either end', () => {
    const rules = [rule('a'), rule('b'), rule('c')];
    expect(moveRule(rules, 1, -1).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(moveRule(rules, 1, 1).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(moveRule(rules, 0, -1)).toBe(rules);
    expect(moveRule(rules, 2, 1)).toBe(rules);
  });

  it('puts each validation issue on the rule it concerns', () => {
    const byRule = issuesByRule([
      { severity: 'error', code: 'unknown-category', ruleId: 'a', message: 'x' },
      { severity: 'warning', code: 'shadowed', ruleId: 'a', message: 'y' },
      { severity: 'error', code: 'no-fallback', message: 'z' },
    ]);
    expect(byRule.get('a')?.map((i) => i.code)).toEqual(['unknown-category', 'shadowed']);
    expect(byRule.get('')?.map((i) => i.code)).toEqual(['no-fallback']);
  });

  it('reads comma-separated lists', () => {
    expect(listOf(' afval, ,grofvuil ')).toEqual(['afval', 'grofvuil']);
    expect(listOf('  ')).toBeUndefined();
  });
});
