import type { Principal } from '@loket/auth';
import type { CaseCommand } from '@loket/case-lifecycle';
import { ProblemException } from '@loket/http';
import type { ChangeStatusRequest } from './change-status.request';

type Field = 'assignee' | 'resolutionCode' | 'reason' | 'organisation';
const FIELDS_OF: Record<ChangeStatusRequest['transition'], readonly Field[]> = {
  assign: ['assignee'],
  start: [],
  wait: ['reason'],
  resume: [],
  refer: ['reason', 'organisation'],
  resolve: ['resolutionCode'],
  close: [],
  reopen: ['reason'],
};

/**
 * The lifecycle command a request asks for. An `assign` without an assignee is a claim by the caller. A field
 * that does not belong to the transition, or a resolve without its resolution code, is a 400: the request
 * itself is wrong, whatever state the case is in.
 */
export function commandOf(request: ChangeStatusRequest, principal: Principal): CaseCommand {
  const strays = (['assignee', 'resolutionCode', 'reason', 'organisation'] as const).filter(
    (field) => request[field] !== undefined && !FIELDS_OF[request.transition].includes(field),
  );
  if (strays.length > 0) {
    throw ProblemException.badRequest(
      `${strays.join(', ')} cannot be given with ${request.transition}`,
      strays.map((field) => ({
        field,
        messages: [`${field} does not belong to the transition ${request.transition}`],
      })),
    );
  }
  switch (request.transition) {
    case 'assign':
      return { name: 'assign', assignee: request.assignee ?? principal.subject };
    case 'resolve':
      if (!request.resolutionCode) {
        throw ProblemException.badRequest('resolve needs a resolutionCode', [
          { field: 'resolutionCode', messages: ['resolutionCode is required to resolve a case'] },
        ]);
      }
      return { name: 'resolve', resolutionCode: request.resolutionCode };
    case 'wait':
      return request.reason === undefined ? { name: 'wait' } : { name: 'wait', reason: request.reason };
    case 'reopen':
      return request.reason === undefined ? { name: 'reopen' } : { name: 'reopen', reason: request.reason };
    case 'refer':
      if (!request.reason) {
        throw ProblemException.badRequest('refer needs a reason', [
          { field: 'reason', messages: ['reason is required to refer a case'] },
        ]);
      }
      return request.organisation === undefined
        ? { name: 'refer', reason: request.reason }
        : { name: 'refer', reason: request.reason, targetOrganisation: request.organisation };
    case 'start':
    case 'resume':
    case 'close':
      return { name: request.transition };
  }
}
