import type { RoutingOutcome } from './routing-policy.types';

/** True when both send a report to the same team with the same priority and SLA. */
export function sameOutcome(a: RoutingOutcome, b: RoutingOutcome): boolean {
  return (
    a.organisation === b.organisation &&
    a.team === b.team &&
    a.priority === b.priority &&
    a.sla.amount === b.sla.amount &&
    a.sla.unit === b.sla.unit &&
    a.sla.calendar === b.sla.calendar
  );
}
