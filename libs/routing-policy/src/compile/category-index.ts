import type { CompiledRule } from './compiled-rule';

const NONE = '';

/**
 * Which rules can hold for a category: those listing its main or sub code, and those without a category
 * condition, in policy order. Lists are merged once per (main, sub) pair and cached; only codes that some rule
 * names become cache keys, so the cache stays as small as the policy.
 */
export class CategoryIndex {
  private readonly byCode = new Map<string, number[]>();
  private readonly uncategorised: Int32Array;
  private readonly merged = new Map<string, Map<string, Int32Array>>();

  constructor(rules: readonly CompiledRule[]) {
    const uncategorised: number[] = [];
    for (const rule of rules) {
      if (rule.categories === null) {
        uncategorised.push(rule.index);
        continue;
      }
      for (const code of rule.categories) {
        const list = this.byCode.get(code);
        if (list === undefined) this.byCode.set(code, [rule.index]);
        else if (list[list.length - 1] !== rule.index) list.push(rule.index);
      }
    }
    this.uncategorised = Int32Array.from(uncategorised);
  }

  /** Indexes of the candidate rules, ascending. Never allocates once a pair has been seen. */
  candidates(category: { main: string; sub?: string } | null): Int32Array {
    if (category === null) return this.uncategorised;
    const main = this.byCode.has(category.main) ? category.main : NONE;
    const sub = category.sub !== undefined && this.byCode.has(category.sub) ? category.sub : NONE;
    let bySub = this.merged.get(main);
    if (bySub === undefined) {
      bySub = new Map();
      this.merged.set(main, bySub);
    }
    let list = bySub.get(sub);
    if (list === undefined) {
      list = this.merge(main, sub);
      bySub.set(sub, list);
    }
    return list;
  }

  private merge(main: string, sub: string): Int32Array {
    const all = new Set<number>(this.uncategorised);
    for (const index of this.byCode.get(main) ?? []) all.add(index);
    for (const index of this.byCode.get(sub) ?? []) all.add(index);
    return Int32Array.from([...all].sort((a, b) => a - b));
  }
}
