import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { Clock } from '../../clock';
import { CaseAccess } from '../../cases/case-access';
import { CaseJournal } from '../../cases/persistence/case-journal';
import { ReopenRequests } from '../reopen-requests';
import { DeclineReopenRequestBody, ReopenRequestResponse } from './decide-reopen-request.request';
import { ReopenRequestProblems, toReopenRequestResponse } from './reopen-request-problems';

/** A coordinator declines a reporter's reopen request, with a reason kept in the case's timeline. */
@Injectable()
export class DeclineReopenRequest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly requests: ReopenRequests,
    private readonly journal: CaseJournal,
    private readonly clock: Clock,
  ) {}

  execute(
    principal: Principal,
    caseId: string,
    requestId: string,
    body: DeclineReopenRequestBody,
  ): Promise<ReopenRequestResponse> {
    return this.dataSource.transaction(async (tx) => {
      const kase = await this.access.requireCase(principal, caseId, tx, 'triage');
      const request = await this.requests.lockOne(tx, caseId, requestId);
      if (!request) throw ReopenRequestProblems.notFound(requestId);
      if (request.status !== 'pending') throw ReopenRequestProblems.alreadyDecided(request);
      const now = this.clock.now();
      const decision = { status: 'declined' as const, decidedAt: now, decidedBy: principal.subject, declineReason: body.reason };
      await this.requests.decide(tx, [requestId], decision);
      await this.requests.refreshCaseFlag(tx, caseId);
      await this.journal.record(tx, {
        caseId: kase.id,
        kind: 'reopen-request-declined',
        details: { requestId, reason: body.reason },
        actorSubject: principal.subject,
        actorUsername: principal.username,
        actorOrganisation: principal.organisation,
        visibleToOrganisation: null,
        caseVersion: null,
        occurredAt: now,
      });
      return toReopenRequestResponse({ ...request, ...decision });
    });
  }
}
