import { compilePolicy } from '../compile/compile-policy';
import { decide } from '../decide/decide';
import type { RoutingDecision } from '../decide/routing-decision';
import { PolicyError } from '../policy/policy-error';
import { sameOutcome } from '../policy/same-outcome';
import type { DecideOptions, RoutingInput, RoutingPolicy } from '../policy/routing-policy.types';

export interface SimulationChange {
  reportId: string;
  before: RoutingDecision;
  after: RoutingDecision;
}

export interface SimulationResult {
  total: number;
  /** Inputs the draft sends elsewhere: another organisation, team, priority or SLA. A different rule with the same outcome is not a change. */
  changed: SimulationChange[];
  /** Inputs one of the policies cannot route at all (no rule matched, no fallback). */
  unrouted: { reportId: string; policy: 'draft' | 'published' }[];
}

/** What would change if the draft replaced the published policy, for these (recent) reports. */
export function simulate(
  draft: RoutingPolicy,
  published: RoutingPolicy,
  inputs: readonly RoutingInput[],
  options?: DecideOptions,
): SimulationResult {
  const after = compilePolicy(draft);
  const before = compilePolicy(published);
  const changed: SimulationChange[] = [];
  const unrouted: SimulationResult['unrouted'] = [];
  for (const input of inputs) {
    const was = tryDecide(() => decide(before, input, options));
    const will = tryDecide(() => decide(after, input, options));
    if (was === null) unrouted.push({ reportId: input.reportId, policy: 'published' });
    if (will === null) unrouted.push({ reportId: input.reportId, policy: 'draft' });
    if (was !== null && will !== null && !sameOutcome(was.outcome, will.outcome)) {
      changed.push({ reportId: input.reportId, before: was, after: will });
    }
  }
  return { total: inputs.length, changed, unrouted };
}

function tryDecide(run: () => RoutingDecision): RoutingDecision | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof PolicyError && error.code === 'no-rule-matched') return null;
    throw error;
  }
}
