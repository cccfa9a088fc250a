import {
  type CompiledPolicy,
  decide,
  describeOutcome,
  type PolicyCatalogue,
  referralTarget,
  type RoutingInput,
  type RoutingOutcome,
} from '@loket/routing-policy';
import type { CorrectionRefusal } from '../correction-refusal';

export interface RerouteRequest {
  /** The organisation the coordinator names; absent: the current one when a team is named, else the policy decides. */
  organisation?: string;
  team?: string;
  /** The coordinator also changed the case's category: then the case may stay where it is. */
  recategorised?: boolean;
}

export interface RerouteDestination {
  outcome: RoutingOutcome;
  ruleId: string | null;
  /** How the policy answered, for the explanation (the event's `via` is 'coordinator'). */
  policyVia: 'named' | 'policy';
  explanation: string;
}

export type RerouteDecision = { ok: true; destination: RerouteDestination } | { ok: false; refusal: CorrectionRefusal };

/**
 * Where a coordinator's re-route sends a case. Pure.
 * - A named organisation (and team) must be in the catalogue; priority and SLA come from the policy's rule for
 *   that organisation and this case (see referralTarget), the team from the request when named, else that rule.
 * - A team alone stays in the case's organisation.
 * - Nothing named: the published policy decides again for the case (e.g. after its category was corrected).
 * Refused: an unknown organisation or team (400); a destination equal to where the case is (409), unless the
 * category changed (the case then stays, under its new category).
 */
export function rerouteTarget(
  compiled: CompiledPolicy,
  input: RoutingInput,
  current: { organisation: string; team: string },
  request: RerouteRequest,
  catalogue: PolicyCatalogue,
  timeZone: string,
): RerouteDecision {
  const { policy } = compiled;
  const named = request.organisation ?? (request.team !== undefined ? current.organisation : undefined);
  let destination: RerouteDestination;
  if (named === undefined) {
    const decision = decide(compiled, input, { timeZone });
    const outcome = copy(decision.outcome);
    destination = {
      outcome,
      ruleId: decision.ruleId,
      policyVia: 'policy',
      explanation: `policy ${policy.id} v${policy.version} decided again: ${decision.ruleId ? `rule ${decision.ruleId}` : 'fallback'}; to ${describeOutcome(outcome)}`,
    };
  } else {
    const organisation = catalogue.organisations.find((o) => o.code === named);
    if (!organisation) return refuse(400, 'unknown-organisation', 'Unknown organisation', `No organisation "${named}" in the catalogue`);
    if (request.team !== undefined && !organisation.teams.includes(request.team)) {
      return refuse(400, 'unknown-team', 'Unknown team', `Organisation ${named} has no team "${request.team}"`);
    }
    const target = namedTarget(compiled, input, current.organisation, named, timeZone);
    const team = request.team ?? (target.outcome.organisation === named ? target.outcome.team : organisation.teams[0]);
    const outcome = { ...copy(target.outcome), organisation: named, team };
    destination = {
      outcome,
      ruleId: target.ruleId,
      policyVia: 'named',
      explanation: `named by the coordinator; policy ${policy.id} v${policy.version}: ${target.reason}; to ${describeOutcome(outcome)}`,
    };
  }
  if (!request.recategorised && destination.outcome.organisation === current.organisation && destination.outcome.team === current.team) {
    return refuse(409, 'already-routed-there', 'The case is already there',
      `The case is already with ${current.organisation} / ${current.team}` + (named === undefined ? '; the published policy routes it there too: name an organisation or team' : ''));
  }
  return { ok: true, destination };
}

function namedTarget(compiled: CompiledPolicy, input: RoutingInput, from: string, named: string, timeZone: string) {
  try {
    return referralTarget(compiled, input, from, named, { timeZone });
  } catch {
    // No rule and no fallback: the named organisation still gets it, at the policy's neutral terms.
    return { outcome: { organisation: named, team: '', priority: 'normal' as const, sla: { amount: 5, unit: 'days' as const, calendar: 'working' as const } }, ruleId: null, reason: 'no rule or fallback in the policy' };
  }
}

function copy(outcome: Readonly<RoutingOutcome>): RoutingOutcome {
  return { ...outcome, sla: { ...outcome.sla } };
}

function refuse(status: 400 | 409, type: string, title: string, detail: string): RerouteDecision {
  return { ok: false, refusal: { status, type, title, detail } };
}
