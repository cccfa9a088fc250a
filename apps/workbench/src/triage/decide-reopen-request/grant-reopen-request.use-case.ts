import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { Clock } from '../../clock';
import { CaseAccess } from '../../cases/case-access';
import type { CaseSummaryResponse } from '../../cases/case-summary.response';
import type { ChangeStatusRequest } from '../../cases/change-status/change-status.request';
import { ChangeStatus } from '../../cases/change-status/change-status.use-case';
import { ReopenRequests } from '../reopen-requests';
import { GrantReopenRequestBody } from './decide-reopen-request.request';
import { ReopenRequestProblems } from './reopen-request-problems';

/**
 * A coordinator grants a reporter's reopen request: the case reopens through the state machine (the same
 * `reopen` transition, timeline entry and status-changed event as any reopen; a 409 when the state machine
 * refuses or the version is stale), and every pending request of the case is granted with it, in one
 * transaction.
 */
@Injectable()
export class GrantReopenRequest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly requests: ReopenRequests,
    private readonly changeStatus: ChangeStatus,
    private readonly clock: Clock,
  ) {}

  execute(
    principal: Principal,
    caseId: string,
    requestId: string,
    body: GrantReopenRequestBody,
  ): Promise<CaseSummaryResponse> {
    return this.dataSource.transaction(async (tx) => {
      await this.access.requireCase(principal, caseId, tx, 'triage');
      const request = await this.requests.lockOne(tx, caseId, requestId);
      if (!request) throw ReopenRequestProblems.notFound(requestId);
      if (request.status !== 'pending') throw ReopenRequestProblems.alreadyDecided(request);
      const reopen: ChangeStatusRequest = {
        transition: 'reopen',
        expectedVersion: body.expectedVersion,
        reason: `Reporter's reopen request ${requestId} granted`,
      };
      const reopened = await this.changeStatus.executeIn(tx, principal, caseId, reopen, 'triage');
      const pending = await this.requests.pendingOf(tx, caseId);
      await this.requests.decide(
        tx,
        pending.map((p) => p.requestId),
        { status: 'granted', decidedAt: this.clock.now(), decidedBy: principal.subject, declineReason: null },
      );
      await this.requests.refreshCaseFlag(tx, caseId);
      return reopened;
    });
  }
}
