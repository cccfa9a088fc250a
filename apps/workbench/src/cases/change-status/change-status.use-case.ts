import { randomUUID } from 'node:crypto';
import { Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { transition, type CaseCommand, type CaseTransitioned } from '@loket/case-lifecycle';
import { CaseClosed, CaseReferred, CaseStatusChanged } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { Clock } from '../../clock';
import { TeamMembership } from '../../directory/team-membership';
import { CaseAccess } from '../case-access';
import { CaseProblems } from '../case-problems';
import type { CasePurpose } from '../case-scope';
import { CaseSummaryResponse, toCaseSummary } from '../case-summary.response';
import { LifecycleSettings } from '../lifecycle-settings';
import { CaseJournal } from '../persistence/case-journal';
import { CaseRepository } from '../persistence/case-repository';
import type { CaseRecord } from '../persistence/case.entity';
import { CaseReferrals } from '../referral/case-referrals';
import { SlaPlanner } from '../../sla/sla-planner';
import { ChangeStatusRequest } from './change-status.request';
import { commandOf } from './command-of';
import { offeredTransitionsFrom } from './offered-transitions';
import { caseStateOf } from '../persistence/case-state-of';

/**
 * Moves a case through the lifecycle. In one transaction: the access check, the version check, the state
 * machine's verdict, `UPDATE … WHERE version = expected` (a concurrent change makes it a 409, never an
 * overwrite), the timeline entry and the status-changed event (and, on closing, case-closed) in the outbox.
 * Into `waiting` the SLA clock pauses; out of it the due date moves on by the paused time (SlaPlanner).
 */
@Injectable()
export class ChangeStatus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly settings: LifecycleSettings,
    private readonly referrals: CaseReferrals,
    private readonly slaPlanner: SlaPlanner,
    @Optional() private readonly team?: TeamMembership,
  ) {}

  execute(principal: Principal, caseId: string, request: ChangeStatusRequest): Promise<CaseSummaryResponse> {
    return this.dataSource.transaction((tx) => this.executeIn(tx, principal, caseId, request));
  }

  /**
   * The same, inside a transaction the caller holds, for a purpose: working the case (the default), or a
   * coordinator's triage decision (granting a reporter's reopen request).
   */
  async executeIn(
    tx: EntityManager,
    principal: Principal,
    caseId: string,
    request: ChangeStatusRequest,
    purpose: CasePurpose = 'work',
  ): Promise<CaseSummaryResponse> {
    const current = await this.access.requireCase(principal, caseId, tx, purpose);
    if (current.version !== request.expectedVersion)
      throw CaseProblems.staleVersion(request.expectedVersion, current.version);
    if (request.transition === 'assign') await this.team?.requireAssignable(tx, current, request.assignee, principal);
    const updated = await this.apply(tx, current, commandOf(request, principal), principal);
    if (!updated) throw await this.lostRace(tx, principal, caseId, request.expectedVersion, purpose);
    return toCaseSummary(updated);
  }

  /**
   * A transition of a case the caller already holds in `tx` (access and version checked): the state machine's verdict,
   * the versioned update, the timeline entry and the events. `principal` null: Loket itself moves the case (a case
   * waiting for its reporter goes on when the answer comes or the deadline passes). Null when the case changed since
   * it was read (lost a race); a refused transition is a 409 problem.
   */
  async apply(tx: EntityManager, current: CaseRecord, command: CaseCommand, principal: Principal | null): Promise<CaseRecord | null> {
    const now = this.clock.now();
    const result = transition(caseStateOf(current), command, now, {
      reopenWindowDays: this.settings.reopenWindowDays,
    });
    if (!result.ok) {
      throw CaseProblems.transitionRefused(
        result.code,
        result.reason,
        current.status,
        offeredTransitionsFrom(current.status),
      );
    }
    const { next, event } = result;
    const slaClock = this.slaPlanner.onStatusChange(current, next.status, now);
    const updated = await this.cases.updateIfVersion(tx, current.id, current.version, {
      status: next.status,
      version: next.version,
      assignee: next.assignee ?? null,
      resolutionCode: next.resolutionCode ?? null,
      closedAt: next.closedAt ?? null,
      updatedAt: now,
      ...slaClock,
    });
    if (!updated) return null;
    await this.journal.record(tx, timelineEntryOf(updated, event, principal, slaClock.dueAt));
    await this.outbox.add(tx, CaseStatusChanged, {
      caseId: updated.id,
      organisation: updated.organisation,
      from: event.from,
      to: event.to,
      resolutionCode: event.resolutionCode,
      caseVersion: event.caseVersion,
      changedAt: event.changedAt.toISOString(),
    });
    if (event.referral) await this.refer(tx, current, event, event.referral);
    if (event.to === 'closed') {
      await this.outbox.add(tx, CaseClosed, {
        caseId: updated.id,
        organisation: updated.organisation,
        team: updated.team,
        resolutionCode: updated.resolutionCode,
        openedAt: updated.openedAt.toISOString(),
        closedAt: event.changedAt.toISOString(),
        caseVersion: event.caseVersion,
      });
    }
    return updated;
  }

  /** Records the referral (the referring organisation's read grant up to now) and asks routing where it goes. */
  private async refer(
    tx: EntityManager,
    before: CaseRecord,
    event: CaseTransitioned,
    referral: NonNullable<CaseTransitioned['referral']>,
  ): Promise<void> {
    await this.referrals.record(tx, {
      id: randomUUID(),
      caseId: before.id,
      fromOrganisation: before.organisation,
      fromTeam: before.team,
      requestedOrganisation: referral.targetOrganisation,
      toOrganisation: null,
      reason: referral.reason,
      referredAt: event.changedAt,
      referredVersion: event.caseVersion,
      reassignedAt: null,
    });
    await this.outbox.add(tx, CaseReferred, {
      caseId: before.id,
      fromOrganisation: before.organisation,
      requestedOrganisation: referral.targetOrganisation,
      reason: referral.reason,
      referredAt: event.changedAt.toISOString(),
      caseVersion: event.caseVersion,
    });
  }

  /** Someone else changed the case between our read and our update. */
  private async lostRace(tx: EntityManager, principal: Principal, caseId: string, expectedVersion: number, purpose: CasePurpose) {
    const now = await this.cases.findVisible(this.access.scopeOf(principal, purpose), caseId, tx);
    return now ? CaseProblems.staleVersion(expectedVersion, now.version) : CaseProblems.notFound(caseId);
  }
}


/** `movedDueAt`: the SLA clock resumed after waiting and the due date moved on to this. */
/** `principal` null: the system moved the case (no actor on the entry). */
function timelineEntryOf(record: CaseRecord, event: CaseTransitioned, principal: Principal | null, movedDueAt?: Date) {
  return {
    caseId: record.id,
    kind: 'status-changed' as const,
    details: {
      transition: event.transition,
      from: event.from,
      to: event.to,
      ...(event.transition === 'assign' ? { assignee: event.assignee } : {}),
      ...(event.resolutionCode ? { resolutionCode: event.resolutionCode } : {}),
      ...(event.reason ? { reason: event.reason } : {}),
      ...(event.referral
        ? { reason: event.referral.reason, requestedOrganisation: event.referral.targetOrganisation }
        : {}),
      ...(movedDueAt ? { dueAt: movedDueAt.toISOString() } : {}),
    },
    actorSubject: principal?.subject ?? null,
    actorUsername: principal?.username ?? null,
    actorOrganisation: principal?.organisation ?? null,
    visibleToOrganisation: null,
    caseVersion: event.caseVersion,
    occurredAt: event.changedAt,
  };
}
