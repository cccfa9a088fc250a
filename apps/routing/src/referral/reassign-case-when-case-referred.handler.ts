import { Injectable } from '@nestjs/common';
import { EntityManager, MoreThanOrEqual } from 'typeorm';
import { CaseReassigned, CaseReferredV1 } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { AreaDirectory } from '../areas/area-directory';
import { CaseRecord } from '../cases/case.entity';
import { caseRoutingInput } from '../corrections/reroute/case-routing-input';
import { PublishedPolicy } from '../policies/published-policy';
import { RoutingTimeZone } from '../policies/routing-time-zone';
import { CaseReassignmentRecord } from './case-reassignment.entity';
import { reassignmentOf } from './reassignment-of';

/**
 * A professional referred a case: routing decides where it goes from the report that opened it (its stored
 * routing input; when a coordinator since took that report out, the case's oldest report) and the published policy, moves its case there, records the decision with its explanation and
 * publishes case.reassigned. A referral already answered (same case, same moment) changes nothing, nor does
 * one a coordinator's re-route overtook (the workbench settled the referral with that re-route).
 */
@Injectable()
export class ReassignCaseWhenCaseReferred {
  constructor(
    private readonly policy: PublishedPolicy,
    private readonly outbox: Outbox,
    private readonly timeZone: RoutingTimeZone,
    private readonly areas: AreaDirectory,
  ) {}

  async handle(referral: CaseReferredV1, tx: EntityManager): Promise<void> {
    const referredAt = new Date(referral.referredAt);
    if (await tx.existsBy(CaseReassignmentRecord, { caseId: referral.caseId, referredAt })) return;
    if (await tx.existsBy(CaseReassignmentRecord, { caseId: referral.caseId, via: 'coordinator', reassignedAt: MoreThanOrEqual(referredAt) })) return;
    const kase = await tx.findOneBy(CaseRecord, { id: referral.caseId });
    if (!kase) throw new Error(`case ${referral.caseId} is not known to routing`);
    const input = await caseRoutingInput(tx, this.areas, kase);
    const now = new Date();
    const { record, event } = reassignmentOf(
      await this.policy.current(tx),
      { ...input, submittedAt: input.submittedAt.toISOString() },
      referral,
      this.timeZone.value,
      now,
    );
    await tx.update(
      CaseRecord,
      { id: referral.caseId },
      { organisation: event.organisation, team: event.team, priority: event.priority, updatedAt: now },
    );
    await tx.insert(CaseReassignmentRecord, record);
    await this.outbox.add(tx, CaseReassigned, event);
  }
}
