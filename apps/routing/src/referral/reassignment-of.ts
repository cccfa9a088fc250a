import { randomUUID } from 'node:crypto';
import type { CaseReassignedV1, CaseReferredV1 } from '@loket/contracts';
import { type CompiledPolicy, describeOutcome, referralTarget, type RoutingInput } from '@loket/routing-policy';
import type { StoredRoutingInput } from '../decisions/routing-decision.entity';
import type { CaseReassignmentRecord } from './case-reassignment.entity';

export interface Reassignment {
  record: CaseReassignmentRecord;
  event: CaseReassignedV1;
}

/**
 * Where a referred case goes, by the published policy: the requested organisation, or what the policy decides
 * without the referring one (see referralTarget). Pure: the record to store and the event to publish.
 */
export function reassignmentOf(
  compiled: CompiledPolicy,
  stored: StoredRoutingInput,
  referral: CaseReferredV1,
  timeZone: string,
  now: Date,
): Reassignment {
  const input: RoutingInput = { ...stored, submittedAt: new Date(stored.submittedAt) };
  const target = referralTarget(
    compiled,
    input,
    referral.fromOrganisation,
    referral.requestedOrganisation ?? undefined,
    { timeZone },
  );
  const { policy } = compiled;
  const explanation =
    `Referred by ${referral.fromOrganisation}` +
    (referral.requestedOrganisation ? ` to ${referral.requestedOrganisation}` : '') +
    `; policy ${policy.id} v${policy.version}: ${target.reason}; to ${describeOutcome(target.outcome)}`;
  const outcome = { ...target.outcome, sla: { ...target.outcome.sla } };
  return {
    record: {
      id: randomUUID(),
      caseId: referral.caseId,
      fromOrganisation: referral.fromOrganisation,
      requestedOrganisation: referral.requestedOrganisation ?? null,
      reason: referral.reason,
      referredAt: new Date(referral.referredAt),
      policyId: policy.id,
      policyVersion: policy.version,
      ruleId: target.ruleId,
      via: target.via,
      outcome,
      explanation,
      reassignedAt: now,
    },
    event: {
      caseId: referral.caseId,
      fromOrganisation: referral.fromOrganisation,
      organisation: outcome.organisation,
      team: outcome.team,
      priority: outcome.priority,
      sla: outcome.sla,
      via: target.via,
      explanation,
      reason: referral.reason,
      reassignedAt: now.toISOString(),
    },
  };
}
