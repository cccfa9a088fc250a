import { ruleOrderKept } from './rule-order';

describe('ruleOrderKept', () => {
  it('keeps every rule when nothing moved', () => {
    expect([...ruleOrderKept(['a', 'b', 'c'], ['a', 'b', 'c'])].sort()).toEqual(['a', 'b', 'c']);
  });
  it('leaves out only the rule that moved far', () => {
    expect([...ruleOrderKept(['a', 'b', 'c', 'd', 'e'], ['e', 'a', 'b', 'c', 'd'])].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...ruleOrderKept(['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'd', 'e', 'a'])].sort()).toEqual(['b', 'c', 'd', 'e']);
  });
  it('keeps as many as any order allows when several moved', () => {
    expect(ruleOrderKept(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a']).size).toBe(1);
    expect(ruleOrderKept(['a', 'b', 'c', 'd', 'e', 'f'], ['b', 'a', 'd', 'c', 'f', 'e']).size).toBe(3);
  });
  it('is empty for no rules', () => {
    expect(ruleOrderKept([], []).size).toBe(0);
  });
});
