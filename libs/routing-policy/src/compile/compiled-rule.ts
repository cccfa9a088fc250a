import { foldKeyword } from '../conditions/normalise-text';
import { weekBitmap } from '../conditions/time-window';
import type { RoutingRule } from '../policy/routing-policy.types';
import { priorityMask, tierMask } from './condition-masks';

/** A rule prepared for fast matching. `null` means the condition is absent (holds always). */
export interface CompiledRule {
  readonly index: number;
  readonly rule: RoutingRule;
  readonly categories: ReadonlySet<string> | null;
  readonly areas: ReadonlySet<string> | null;
  /** Minutes of the week in which a time window holds. */
  readonly window: Uint32Array | null;
  readonly tierMask: number;
  readonly priorityMask: number;
  /** Folded keywords (see foldKeyword); keywords with nothing searchable are dropped. */
  readonly keywords: readonly string[] | null;
}

export function compileRule(rule: RoutingRule, index: number): CompiledRule {
  const c = rule.conditions;
  return {
    index,
    rule,
    categories: c.categories === undefined ? null : new Set(c.categories),
    areas: c.areas === undefined ? null : new Set(c.areas),
    window: c.timeWindows === undefined ? null : weekBitmap(c.timeWindows),
    tierMask: tierMask(c.reporterTiers),
    priorityMask: priorityMask(c.priorities),
    keywords: c.keywords === undefined ? null : c.keywords.map(foldKeyword).filter((k) => k !== ''),
  };
}
