import type { CompiledPolicy } from '../compile/compile-policy';
import { firstMatchingRule } from '../decide/decide';
import { PolicyError } from '../policy/policy-error';
import {
  DEFAULT_TIME_ZONE,
  type DecideOptions,
  type RoutingInput,
  type RoutingOutcome,
} from '../policy/routing-policy.types';

/**
 * How the target was found:
 * - 'matching-rule': the first rule routing to the requested organisation whose conditions hold for the report;
 * - 'organisation-rule': no such rule holds, so the first rule routing to that organisation at all (its team,
 *   priority and SLA);
 * - 'policy-decision': nothing was requested; the policy's own decision with rules routing to the referring
 *   organisation left out;
 * - 'fallback': the fallback applied (nothing else matched, or the policy knows no team of the requested
 *   organisation, so coordinators triage it).
 */
export type ReferralVia = 'matching-rule' | 'organisation-rule' | 'policy-decision' | 'fallback';

export interface ReferralTarget {
  outcome: Readonly<RoutingOutcome>;
  ruleId: string | null;
  via: ReferralVia;
  reason: string;
}

/**
 * Where a referred case goes. With a requested organisation: that organisation's outcome for this report (see
 * ReferralVia). Without: what the policy would decide if rules routing to the referring organisation did not
 * exist. The fallback may route back to the referring organisation (e.g. coordinators referring onward with no
 * target): the caller decides whether that is acceptable. Throws PolicyError('no-rule-matched') when nothing
 * applies and there is no fallback.
 */
export function referralTarget(
  compiled: CompiledPolicy,
  input: RoutingInput,
  referringOrganisation: string,
  requestedOrganisation?: string,
  options?: DecideOptions,
): ReferralTarget {
  const timeZone = options?.timeZone ?? DEFAULT_TIME_ZONE;
  if (requestedOrganisation !== undefined) {
    const matching = firstMatchingRule(
      compiled,
      input,
      timeZone,
      (r) => r.rule.outcome.organisation === requestedOrganisation,
    );
    if (matching !== null) {
      return {
        outcome: matching.rule.outcome,
        ruleId: matching.rule.id,
        via: 'matching-rule',
        reason: `rule ${matching.rule.id} routes this report to ${requestedOrganisation}`,
      };
    }
    const any = compiled.rules.find((r) => r.rule.outcome.organisation === requestedOrganisation);
    if (any !== undefined) {
      return {
        outcome: any.rule.outcome,
        ruleId: any.rule.id,
        via: 'organisation-rule',
        reason: `no rule for this report routes to ${requestedOrganisation}; using its team from rule ${any.rule.id}`,
      };
    }
    if (compiled.fallback?.organisation === requestedOrganisation) {
      return {
        outcome: compiled.fallback,
        ruleId: null,
        via: 'fallback',
        reason: `${requestedOrganisation} is the fallback`,
      };
    }
    return fallbackOrThrow(compiled, input, `the policy knows no team of ${requestedOrganisation}`);
  }
  const decided = firstMatchingRule(
    compiled,
    input,
    timeZone,
    (r) => r.rule.outcome.organisation !== referringOrganisation,
  );
  if (decided !== null) {
    return {
      outcome: decided.rule.outcome,
      ruleId: decided.rule.id,
      via: 'policy-decision',
      reason: `rule ${decided.rule.id} is the first matching rule not routing to ${referringOrganisation}`,
    };
  }
  return fallbackOrThrow(compiled, input, `no rule routing elsewhere than ${referringOrganisation} matches`);
}

function fallbackOrThrow(compiled: CompiledPolicy, input: RoutingInput, why: string): ReferralTarget {
  if (compiled.fallback === null) {
    throw new PolicyError(
      'no-rule-matched',
      `cannot refer report ${input.reportId}: ${why} and the policy has no fallback`,
    );
  }
  return {
    outcome: compiled.fallback,
    ruleId: null,
    via: 'fallback',
    reason: `${why}; the fallback applies`,
  };
}
