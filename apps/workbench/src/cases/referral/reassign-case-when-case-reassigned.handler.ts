import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CaseState, transition } from '@loket/case-lifecycle';
import { CaseCategoryV1, CaseReassignedV1, CaseStatusChanged } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { SlaPlanner } from '../../sla/sla-planner';
import { CaseJournal } from '../persistence/case-journal';
import { CaseRepository } from '../persistence/case-repository';
import type { CaseRecord } from '../persistence/case.entity';
import { CaseReferrals } from './case-referrals';
import { caseStateOf } from '../persistence/case-state-of';

/** Where a reassigned case ends up in the state machine: its next state, and whether its status changed. */
interface Moved {
  next: Pick<CaseState, 'status' | 'version'>;
  transition: string;
}

/**
 * Routing decided where a case goes: the case moves to that organisation and team with a fresh SLA, and a
 * status change is published.
 *
 * - A referred case (whatever routing's `via`) is accepted there (`accept-referral`, back to `new`); its
 *   referral is settled, and from now on the referring organisation reads the case only up to the referral.
 * - A coordinator's re-route (`via: 'coordinator'`) of a case that is not referred corrects a misrouting: the
 *   case is referred and accepted at once (`refer` then `accept-referral`, checked by the state machine), back
 *   to `new` without an assignee. No referral is recorded, so the previous organisation keeps no access: the
 *   case was never theirs to work (need-to-know); their internal notes stay hidden from the new organisation.
 *   A resolved case keeps its status and only moves. Reporters are not told (a correction, not progress), but
 *   the status change (`new` → `new` for a new case at another organisation) lets feedback know who holds it.
 * - A coordinator's re-route may correct the case's category (`category`): the case takes it and its sensitivity,
 *   also when it stays where it is (then it only changes category, and no status change is published).
 *
 * Redelivered facts change nothing: a referral no longer pending, or a case already where routing sent it.
 */
@Injectable()
export class ReassignCaseWhenCaseReassigned {
  constructor(
    private readonly cases: CaseRepository,
    private readonly referrals: CaseReferrals,
    private readonly journal: CaseJournal,
    private readonly outbox: Outbox,
    private readonly slaPlanner: SlaPlanner,
  ) {}

  async handle(event: CaseReassignedV1, tx: EntityManager): Promise<void> {
    const current = await this.cases.findVisible({ kind: 'all' }, event.caseId, tx);
    if (!current || current.status === 'closed') return;
    const rerouted = event.via === 'coordinator' && current.status !== 'referred';
    if (!rerouted && current.status !== 'referred') return;
    const at = new Date(event.reassignedAt);
    const category = categoryChange(current, event);
    if (rerouted && current.organisation === event.organisation && current.team === event.team) {
      if (category) await this.fileUnder(tx, current, category, event, at);
      return;
    }
    const moved = rerouted ? reroute(current, event, at) : acceptReferral(current, event, at);
    const updated = await this.cases.updateIfVersion(tx, current.id, current.version, {
      status: moved.next.status,
      version: moved.next.version,
      assignee: moved.next.status === 'new' ? null : current.assignee,
      resolutionCode: current.resolutionCode,
      closedAt: null,
      updatedAt: at,
      organisation: event.organisation,
      team: event.team,
      priority: event.priority,
      sla: { amount: event.sla.amount, unit: event.sla.unit, calendar: event.sla.calendar },
      ...this.slaPlanner.start(event.organisation, event.sla, at),
      // Re-routed: the reasons it went to triage when it opened are settled, unless the fallback routed it again.
      triageReasons: event.via === 'fallback' ? ['routed-by-fallback'] : [],
      ...(category ? categoryColumns(category.to) : {}),
    });
    if (!updated) throw new Error(`case ${current.id} changed while it was being reassigned; retrying`);
    const pending = await this.referrals.pendingFor(tx, current.id);
    if (pending) await this.referrals.settle(tx, pending.id, event.organisation, at);
    await this.journal.record(tx, {
      caseId: current.id,
      kind: 'status-changed',
      details: {
        transition: moved.transition,
        from: current.status,
        to: moved.next.status,
        fromOrganisation: event.fromOrganisation,
        organisation: event.organisation,
        team: event.team,
        via: event.via,
        reason: event.reason,
        ...(category ? { fromCategory: category.from, category: nameOf(category.to) } : {}),
      },
      actorSubject: null,
      actorUsername: null,
      actorOrganisation: null,
      visibleToOrganisation: null,
      caseVersion: moved.next.version,
      occurredAt: at,
    });
    const toldElsewhere = moved.next.status !== current.status || (moved.next.status === 'new' && event.organisation !== current.organisation);
    if (!toldElsewhere) return;
    await this.outbox.add(tx, CaseStatusChanged, {
      caseId: current.id,
      organisation: event.organisation,
      from: current.status,
      to: moved.next.status,
      resolutionCode: null,
      caseVersion: moved.next.version,
      changedAt: at.toISOString(),
    });
  }

  /** The case stays where it is, under the category the coordinator corrected it to. */
  private async fileUnder(tx: EntityManager, current: CaseRecord, category: CategoryChange, event: CaseReassignedV1, at: Date): Promise<void> {
    const version = current.version + 1;
    const updated = await this.cases.updateIfVersion(tx, current.id, current.version, {
      status: current.status,
      version,
      assignee: current.assignee,
      resolutionCode: current.resolutionCode,
      closedAt: current.closedAt,
      updatedAt: at,
      ...categoryColumns(category.to),
    });
    if (!updated) throw new Error(`case ${current.id} changed while its category was being corrected; retrying`);
    await this.journal.record(tx, {
      caseId: current.id,
      kind: 'status-changed',
      details: { transition: 'recategorise', from: current.status, to: current.status, fromCategory: category.from, category: nameOf(category.to), via: event.via, reason: event.reason },
      actorSubject: null,
      actorUsername: null,
      actorOrganisation: null,
      visibleToOrganisation: null,
      caseVersion: version,
      occurredAt: at,
    });
  }
}

interface CategoryChange {
  /** The category it had, as "main / sub". */
  from: string;
  to: CaseCategoryV1;
}

/** The category the coordinator corrected the case to, when the event carries one the case does not have yet. */
function categoryChange(current: CaseRecord, event: CaseReassignedV1): CategoryChange | null {
  const to = event.category;
  if (!to || (to.main === current.categoryMain && (to.sub ?? null) === current.categorySub && to.sensitivity === current.sensitivity)) return null;
  return { from: nameOf({ main: current.categoryMain, sub: current.categorySub ?? undefined }), to };
}

function categoryColumns(category: CaseCategoryV1): Pick<CaseRecord, 'categoryMain' | 'categorySub' | 'sensitivity'> {
  return { categoryMain: category.main, categorySub: category.sub ?? null, sensitivity: category.sensitivity };
}

function nameOf(category: { main: string; sub?: string }): string {
  return category.sub ? `${category.main} / ${category.sub}` : category.main;
}

function acceptReferral(current: CaseRecord, event: CaseReassignedV1, at: Date): Moved {
  const result = transition(caseStateOf(current), { name: 'accept-referral', organisation: event.organisation }, at);
  if (!result.ok) throw new Error(`case ${current.id} cannot accept its referral: ${result.reason}`);
  return { next: result.next, transition: 'accept-referral' };
}

/** A coordinator's re-route: refer and accept at once where the state machine allows it; a resolved case only moves. */
function reroute(current: CaseRecord, event: CaseReassignedV1, at: Date): Moved {
  const elsewhere = event.organisation !== current.organisation ? { targetOrganisation: event.organisation } : {};
  const referred = transition(caseStateOf(current), { name: 'refer', ...elsewhere, reason: event.reason }, at);
  if (!referred.ok) return { next: { status: current.status, version: current.version + 1 }, transition: 'reroute' };
  const accepted = transition(referred.next, { name: 'accept-referral', organisation: event.organisation }, at);
  if (!accepted.ok) throw new Error(`case ${current.id} cannot be re-routed: ${accepted.reason}`);
  return { next: accepted.next, transition: 'reroute' };
}
