import type { CompiledPolicy } from '../compile/compile-policy';
import { assertTimeZone } from '../conditions/zoned-week-minute';
import { MatchContext } from '../decide/match-context';
import { DEFAULT_TIME_ZONE, type DecideOptions, type RoutingInput } from '../policy/routing-policy.types';
import { checkConditions } from './check-conditions';
import type { Explanation, SkippedRuleExplanation } from './explanation.types';

/**
 * Why the policy routes the input where it does: walks every rule in order, the slow and obvious way. Agrees
 * with `decide` by construction (the same condition checks) and by test. Never throws for an unmatched input.
 */
export function explain(compiled: CompiledPolicy, input: RoutingInput, options?: DecideOptions): Explanation {
  const timeZone = options?.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(timeZone);
  const ctx = new MatchContext(input, timeZone);
  const { id: policyId, version: policyVersion } = compiled.policy;
  const skipped: SkippedRuleExplanation[] = [];
  for (const rule of compiled.rules) {
    const checks = checkConditions(rule, ctx, true);
    const failed = checks.find((check) => !check.held);
    const { id: ruleId, name: ruleName, outcome } = rule.rule;
    if (failed === undefined) {
      return {
        policyId,
        policyVersion,
        timeZone,
        result: 'rule',
        matched: { ruleId, ruleName, conditions: checks },
        skipped,
        outcome: structuredClone(outcome),
      };
    }
    skipped.push({ ruleId, ruleName, failed });
  }
  const fallback = compiled.fallback;
  return {
    policyId,
    policyVersion,
    timeZone,
    result: fallback === null ? 'none' : 'fallback',
    matched: null,
    skipped,
    outcome: fallback === null ? null : structuredClone(fallback),
  };
}
