import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FeedbackReopenRequestedV1 } from '@loket/contracts';
import { CaseRepository } from '../cases/persistence/case-repository';
import { CaseJournal } from '../cases/persistence/case-journal';
import { ReopenRequests } from './reopen-requests';

/**
 * A reporter asked to reopen their case: keep the request (without who asked) as pending, flag the case for
 * the coordinators' triage queue and note it in the case's timeline. A redelivered request changes nothing.
 */
@Injectable()
export class RecordReopenRequestWhenReopenRequested {
  constructor(
    private readonly requests: ReopenRequests,
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
  ) {}

  async handle(event: FeedbackReopenRequestedV1, tx: EntityManager): Promise<void> {
    const requestedAt = new Date(event.requestedAt);
    const recorded = await this.requests.record(tx, {
      requestId: event.requestId,
      caseId: event.caseId,
      reportId: event.reportId,
      remark: event.redactedRemark ?? null,
      requestedAt,
      status: 'pending',
      decidedAt: null,
      decidedBy: null,
      declineReason: null,
    });
    if (!recorded) return;
    await this.requests.refreshCaseFlag(tx, event.caseId);
    const kase = await this.cases.findVisible({ kind: 'all' }, event.caseId, tx);
    if (!kase) return;
    await this.journal.record(tx, {
      caseId: kase.id,
      kind: 'reopen-requested',
      details: { requestId: event.requestId, reportId: event.reportId },
      actorSubject: null,
      actorUsername: null,
      actorOrganisation: null,
      visibleToOrganisation: null,
      caseVersion: null,
      occurredAt: requestedAt,
    });
  }
}
