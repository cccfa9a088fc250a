import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { CaseReassigned, CaseReassignedV1 } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { AreaDirectory } from '../../areas/area-directory';
import { AdminAudit } from '../../audit/admin-audit';
import { CaseRecord } from '../../cases/case.entity';
import { PolicyCatalogueSource } from '../../policies/policy-catalogue-source';
import { PublishedPolicy } from '../../policies/published-policy';
import { RoutingTimeZone } from '../../policies/routing-time-zone';
import { CaseReassignmentRecord } from '../../referral/case-reassignment.entity';
import { lockForCorrection, problemOf, refuseClosed } from '../correction-refusal';
import { caseRoutingInput } from './case-routing-input';
import { rerouteTarget } from './reroute-target';

export interface RerouteCaseCommand {
  caseId: string;
  organisation?: string;
  team?: string;
  reason: string;
}

export type ReroutedCaseView = CaseReassignedV1;

/**
 * A coordinator re-routes a misrouted case: to the organisation (and team) they name, checked against the
 * catalogue, or where the published policy sends it now. Routing records it as a reassignment (`via:
 * 'coordinator'`), moves its case, audits who and why, and publishes `case.reassigned` for the workbench.
 */
@Injectable()
export class RerouteCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PublishedPolicy,
    private readonly catalogue: PolicyCatalogueSource,
    private readonly areas: AreaDirectory,
    private readonly timeZone: RoutingTimeZone,
    private readonly outbox: Outbox,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal, { caseId, organisation, team, reason }: RerouteCaseCommand): Promise<ReroutedCaseView> {
    return this.dataSource.transaction(async (tx) => {
      const kase = (await lockForCorrection(tx, [caseId])).get(caseId);
      refuseClosed(kase);
      const compiled = await this.policy.current(tx);
      const decided = rerouteTarget(
        compiled,
        await caseRoutingInput(tx, this.areas, kase),
        { organisation: kase.organisation, team: kase.team },
        { organisation, team },
        await this.catalogue.catalogue(tx),
        this.timeZone.value,
      );
      if (!decided.ok) throw problemOf(decided.refusal);
      const { outcome, ruleId } = decided.destination;
      const now = new Date();
      const explanation = `Re-routed by coordinator ${actor.username} from ${kase.organisation} / ${kase.team}; ${decided.destination.explanation}`;
      await tx.update(CaseRecord, { id: caseId }, { organisation: outcome.organisation, team: outcome.team, priority: outcome.priority, updatedAt: now });
      await tx.insert(CaseReassignmentRecord, {
        id: randomUUID(),
        caseId,
        fromOrganisation: kase.organisation,
        requestedOrganisation: organisation ?? null,
        reason,
        referredAt: now,
        policyId: compiled.policy.id,
        policyVersion: compiled.policy.version,
        ruleId,
        via: 'coordinator',
        outcome,
        explanation,
        reassignedAt: now,
      });
      const event: CaseReassignedV1 = {
        caseId,
        fromOrganisation: kase.organisation,
        organisation: outcome.organisation,
        team: outcome.team,
        priority: outcome.priority,
        sla: outcome.sla,
        via: 'coordinator',
        explanation,
        reason,
        reassignedAt: now.toISOString(),
      };
      await this.outbox.add(tx, CaseReassigned, event);
      await this.audit.record(tx, actor, {
        action: 'case.rerouted',
        subjectType: 'case',
        subjectId: caseId,
        before: { organisation: kase.organisation, team: kase.team, priority: kase.priority },
        after: { organisation: outcome.organisation, team: outcome.team, priority: outcome.priority, sla: outcome.sla, reason, explanation },
      });
      return event;
    });
  }
}
