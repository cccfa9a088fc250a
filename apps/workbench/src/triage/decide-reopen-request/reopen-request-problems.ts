import { ProblemException } from '@loket/http';
import type { ReopenRequestRecord } from '../reopen-request.entity';
import type { ReopenRequestResponse } from './decide-reopen-request.request';

export const ReopenRequestProblems = {
  notFound(requestId: string): ProblemException {
    return ProblemException.notFound(`There is no reopen request ${requestId} for this case`);
  },
  alreadyDecided(request: ReopenRequestRecord): ProblemException {
    return new ProblemException(
      409,
      'reopen-request-decided',
      'Conflict',
      `The reopen request was already ${request.status} on ${request.decidedAt?.toISOString() ?? 'an earlier date'}`,
      { decision: request.status },
    );
  },
};

export function toReopenRequestResponse(record: ReopenRequestRecord): ReopenRequestResponse {
  return {
    requestId: record.requestId,
    caseId: record.caseId,
    status: record.status,
    remark: record.remark,
    requestedAt: record.requestedAt.toISOString(),
    decidedAt: record.decidedAt ? record.decidedAt.toISOString() : null,
    declineReason: record.declineReason,
  };
}
