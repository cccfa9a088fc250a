import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { transition } from '@loket/case-lifecycle';
import { CaseReassignedV1, CaseStatusChanged } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { calendarDueDate } from '../../sla/calendar-due-date';
import { CaseJournal } from '../persistence/case-journal';
import { CaseRepository } from '../persistence/case-repository';
import { CaseReferrals } from './case-referrals';

/**
 * Routing decided where a referred case goes: the case moves to that organisation and team, back to `new`
 * (accept-referral) with a fresh SLA, and the status change is published. The referral row records where it
 * went; from now on the referring organisation reads the case only up to the referral. A case no longer
 * referred (the same fact delivered twice under another id) is left as it is.
 */
@Injectable()
export class ReassignCaseWhenCaseReassigned {
  constructor(
    private readonly cases: CaseRepository,
    private readonly referrals: CaseReferrals,
    private readonly journal: CaseJournal,
    private readonly outbox: Outbox,
  ) {}

  async handle(event: CaseReassignedV1, tx: EntityManager): Promise<void> {
    const current = await this.cases.findVisible({ kind: 'all' }, event.caseId, tx);
    if (!current || current.status !== 'referred') return;
    const at = new Date(event.reassignedAt);
    const result = transition(
      { status: current.status, version: current.version, organisation: current.organisation },
      { name: 'accept-referral', organisation: event.organisation },
      at,
    );
    if (!result.ok) throw new Error(`case ${current.id} cannot accept its referral: ${result.reason}`);
    const { next, event: changed } = result;
    const updated = await this.cases.updateIfVersion(tx, current.id, current.version, {
      status: next.status,
      version: next.version,
      assignee: null,
      resolutionCode: null,
      closedAt: null,
      updatedAt: at,
      organisation: event.organisation,
      team: event.team,
      priority: event.priority,
      sla: { amount: event.sla.amount, unit: event.sla.unit, calendar: event.sla.calendar },
      dueAt: calendarDueDate(at, event.sla),
      // Re-routed: the reasons it went to triage when it opened are settled, unless the fallback routed it again.
      triageReasons: event.via === 'fallback' ? ['routed-by-fallback'] : [],
    });
    if (!updated) throw new Error(`case ${current.id} changed while it was being reassigned; retrying`);
    const pending = await this.referrals.pendingFor(tx, current.id);
    if (pending) await this.referrals.settle(tx, pending.id, event.organisation, at);
    await this.journal.record(tx, {
      caseId: current.id,
      kind: 'status-changed',
      details: {
        transition: changed.transition,
        from: changed.from,
        to: changed.to,
        fromOrganisation: event.fromOrganisation,
        organisation: event.organisation,
        team: event.team,
        via: event.via,
        reason: event.reason,
      },
      actorSubject: null,
      actorUsername: null,
      actorOrganisation: null,
      visibleToOrganisation: null,
      caseVersion: changed.caseVersion,
      occurredAt: at,
    });
    await this.outbox.add(tx, CaseStatusChanged, {
      caseId: current.id,
      organisation: event.organisation,
      from: changed.from,
      to: changed.to,
      resolutionCode: null,
      caseVersion: changed.caseVersion,
      changedAt: at.toISOString(),
    });
  }
}
