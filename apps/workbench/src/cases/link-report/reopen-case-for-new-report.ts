import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { transition } from '@loket/case-lifecycle';
import { CaseStatusChanged } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { SlaPlanner } from '../../sla/sla-planner';
import { LifecycleSettings } from '../lifecycle-settings';
import { CaseJournal } from '../persistence/case-journal';
import { CaseRepository } from '../persistence/case-repository';
import type { CaseRecord } from '../persistence/case.entity';
import { caseStateOf } from '../persistence/case-state-of';

/**
 * A closed case reopens when routing links a new report to it within the reopen window (architecture, Case
 * states): the incident is back. The state machine decides (closed → new, the window checked by its guard); the
 * SLA starts afresh; the timeline says why; `case.status-changed` tells feedback, whose reporters hear "reopened".
 * Outside the window the case stays closed and the timeline says so (a coordinator can split the report off).
 */
@Injectable()
export class ReopenCaseForNewReport {
  constructor(
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
    private readonly outbox: Outbox,
    private readonly settings: LifecycleSettings,
    private readonly slaPlanner: SlaPlanner,
  ) {}

  /** Returns the case as it is after the link: reopened, or unchanged when it was not closed or may not reopen. */
  async ifClosed(tx: EntityManager, target: CaseRecord, reportId: string, linkedAt: Date): Promise<CaseRecord> {
    if (target.status !== 'closed') return target;
    const result = transition(caseStateOf(target), { name: 'reopen', reason: `new report ${reportId} linked` }, linkedAt, {
      reopenWindowDays: this.settings.reopenWindowDays,
    });
    if (!result.ok) {
      await this.journal.record(tx, entry(target, target.version, linkedAt, {
        transition: 'reopen', refused: result.reason, reportId,
      }));
      return target;
    }
    const { next, event } = result;
    const updated = await this.cases.updateIfVersion(tx, target.id, target.version, {
      status: next.status,
      version: next.version,
      assignee: next.assignee ?? null,
      resolutionCode: null,
      closedAt: null,
      updatedAt: linkedAt,
      ...this.slaPlanner.onStatusChange(target, next.status, linkedAt),
    });
    if (!updated) throw new Error(`case ${target.id} changed while a linked report reopened it; retrying`);
    await this.journal.record(tx, entry(updated, next.version, linkedAt, {
      transition: 'reopen', from: event.from, to: event.to, reason: `new report ${reportId} linked`, dueAt: updated.dueAt.toISOString(),
    }));
    await this.outbox.add(tx, CaseStatusChanged, {
      caseId: updated.id,
      organisation: updated.organisation,
      from: event.from,
      to: event.to,
      resolutionCode: null,
      caseVersion: event.caseVersion,
      changedAt: linkedAt.toISOString(),
    });
    return updated;
  }
}


function entry(record: CaseRecord, caseVersion: number, at: Date, details: Record<string, string>) {
  return {
    caseId: record.id,
    kind: 'status-changed' as const,
    details,
    actorSubject: null,
    actorUsername: null,
    actorOrganisation: null,
    visibleToOrganisation: null,
    caseVersion,
    occurredAt: at,
  };
}
