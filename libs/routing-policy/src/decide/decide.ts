import type { CompiledPolicy } from '../compile/compile-policy';
import type { CompiledRule } from '../compile/compiled-rule';
import { assertTimeZone } from '../conditions/zoned-week-minute';
import { PolicyError } from '../policy/policy-error';
import { DEFAULT_TIME_ZONE, type DecideOptions, type RoutingInput } from '../policy/routing-policy.types';
import { MatchContext, otherConditionsHold } from './match-context';
import { LazyRoutingDecision, type RoutingDecision } from './routing-decision';

/**
 * Routes one input: the first rule whose conditions all hold, else the fallback. Only rules that can hold for
 * the input's category are looked at. The explanation is built when first read (see LazyRoutingDecision).
 * Throws PolicyError('no-rule-matched') when nothing matches and there is no fallback,
 * PolicyError('invalid-time-zone') for an unknown zone.
 */
export function decide(
  compiled: CompiledPolicy,
  input: RoutingInput,
  options?: DecideOptions,
): RoutingDecision {
  const timeZone = options?.timeZone ?? DEFAULT_TIME_ZONE;
  const rule = firstMatchingRule(compiled, input, timeZone, null);
  const policy = compiled.policy;
  if (rule !== null) {
    return new LazyRoutingDecision(
      policy.id,
      policy.version,
      rule.rule.id,
      rule.rule.outcome,
      compiled,
      input,
      timeZone,
    );
  }
  if (compiled.fallback !== null) {
    return new LazyRoutingDecision(
      policy.id,
      policy.version,
      null,
      compiled.fallback,
      compiled,
      input,
      timeZone,
    );
  }
  throw new PolicyError(
    'no-rule-matched',
    `no rule of routing policy ${policy.id} v${policy.version} matches report ${input.reportId} and the policy has no fallback`,
  );
}

/** The first rule that holds for the input and that `accept` (when given) accepts; null when none. */
export function firstMatchingRule(
  compiled: CompiledPolicy,
  input: RoutingInput,
  timeZone: string,
  accept: ((rule: CompiledRule) => boolean) | null,
): CompiledRule | null {
  assertTimeZone(timeZone);
  const candidates = compiled.index.candidates(input.category);
  const rules = compiled.rules;
  const ctx = new MatchContext(input, timeZone);
  for (let i = 0; i < candidates.length; i++) {
    const rule = rules[candidates[i]];
    if (otherConditionsHold(rule, ctx) && (accept === null || accept(rule))) return rule;
  }
  return null;
}
