import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseMergedV1 } from '@loket/contracts';
import { CaseJournal, NewTimelineEntry } from '../persistence/case-journal';
import { CaseRepository } from '../persistence/case-repository';

/** The resolution code of a case closed because a coordinator merged it into another. */
export const MERGED_RESOLUTION = 'merged';

/**
 * A coordinator merged two cases about one incident: the absorbed case's reports move to the surviving case
 * file and the absorbed case closes (resolution `merged`), its timeline pointing at the survivor.
 *
 * No `case.status-changed` is published for the absorbed case: routing already closed it, and its reporters
 * were not told "closed" — the incident is still being worked on. Feedback moves them to the surviving case
 * on `case.merged` and they hear back from there.
 */
@Injectable()
export class MergeCaseWhenCasesMerged {
  constructor(
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
  ) {}

  async handle(event: CaseMergedV1, tx: EntityManager): Promise<void> {
    const mergedAt = new Date(event.mergedAt);
    const surviving = await this.cases.findVisible({ kind: 'all' }, event.survivingCaseId, tx);
    const absorbed = await this.cases.findVisible({ kind: 'all' }, event.absorbedCaseId, tx);
    if (surviving) {
      await this.cases.moveReports(tx, event.absorbedCaseId, event.survivingCaseId, event.reportIds);
      await this.journal.record(tx, systemEntry(event.survivingCaseId, 'cases-merged', surviving.version, mergedAt, {
        absorbedCaseId: event.absorbedCaseId,
        reportsMoved: event.reportIds.length,
        reason: event.reason,
      }));
    }
    if (!absorbed || absorbed.status === 'closed') return;
    const closed = await this.cases.updateIfVersion(tx, absorbed.id, absorbed.version, {
      status: 'closed',
      version: absorbed.version + 1,
      assignee: absorbed.assignee,
      resolutionCode: MERGED_RESOLUTION,
      closedAt: mergedAt,
      updatedAt: mergedAt,
    });
    if (!closed) throw new Error(`Case ${absorbed.id} changed while it was being merged; retrying`);
    await this.journal.record(tx, systemEntry(absorbed.id, 'merged-into', closed.version, mergedAt, {
      survivingCaseId: event.survivingCaseId,
      from: absorbed.status,
      reason: event.reason,
    }));
  }
}

function systemEntry(caseId: string, kind: NewTimelineEntry['kind'], caseVersion: number, occurredAt: Date, details: NewTimelineEntry['details']): NewTimelineEntry {
  return {
    caseId,
    kind,
    details,
    actorSubject: null,
    actorUsername: null,
    actorOrganisation: null,
    visibleToOrganisation: null,
    caseVersion,
    occurredAt,
  };
}
