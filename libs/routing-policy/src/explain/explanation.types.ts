import type { RoutingOutcome } from '../policy/routing-policy.types';

export type ConditionKind = 'category' | 'area' | 'time-window' | 'reporter-tier' | 'keyword' | 'priority';

/** One condition of a rule, checked against one input, with a sentence saying why it held or not. */
export interface ConditionCheck {
  condition: ConditionKind;
  held: boolean;
  reason: string;
}

/** The rule that decided, with every condition it has (all held). No conditions: it matches everything. */
export interface MatchedRuleExplanation {
  ruleId: string;
  ruleName: string;
  conditions: ConditionCheck[];
}

/** A rule before the deciding one, with the first of its conditions that failed. */
export interface SkippedRuleExplanation {
  ruleId: string;
  ruleName: string;
  failed: ConditionCheck;
}

/**
 * Why a report went where it went. Plain data (JSON-safe): store it with the decision.
 * `result` is 'rule' when a rule matched, 'fallback' when none did and the fallback applied, 'none' when none did
 * and there is no fallback (decide throws then; explain still tells why).
 */
export interface Explanation {
  policyId: string;
  policyVersion: number;
  timeZone: string;
  result: 'rule' | 'fallback' | 'none';
  matched: MatchedRuleExplanation | null;
  /** Every rule before the matched one (all rules when none matched), in policy order. */
  skipped: SkippedRuleExplanation[];
  outcome: RoutingOutcome | null;
}
