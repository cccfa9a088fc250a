import type { RoutingOutcome, RoutingPolicy } from '../policy/routing-policy.types';
import { CategoryIndex } from './category-index';
import { type CompiledRule, compileRule } from './compiled-rule';

/** A routing policy prepared for many decisions. Immutable; compile once per published version. */
export interface CompiledPolicy {
  /** A frozen copy of the policy it was compiled from. */
  readonly policy: Readonly<RoutingPolicy>;
  readonly rules: readonly CompiledRule[];
  readonly fallback: Readonly<RoutingOutcome> | null;
  readonly index: CategoryIndex;
}

export function compilePolicy(policy: RoutingPolicy): CompiledPolicy {
  const copy = deepFreeze(structuredClone(policy));
  const rules = copy.rules.map(compileRule);
  return Object.freeze({ policy: copy, rules, fallback: copy.fallback, index: new CategoryIndex(rules) });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
