import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import type { CaseListCriteria } from '../persistence/case-repository';
import type { ListCasesQuery } from './list-cases.request';

export type QueueCriteria = Omit<CaseListCriteria, 'sort' | 'after' | 'limit'>;

/**
 * What a queue request asks for, as repository criteria: the queue turned into conditions (mine: assigned to
 * the caller; team: the caller's teams; triage: the coordinators' queue), the filters as they are, `assignee=me`
 * as the caller. Requests that contradict themselves are 400s; triage for anyone but a coordinator a 403.
 */
export function queueCriteriaOf(
  query: ListCasesQuery,
  principal: Principal,
  now: Date,
  atRiskMarginMs: number,
): QueueCriteria {
  const criteria: QueueCriteria = {
    status: query.status,
    team: query.team,
    assignee: query.assignee === 'me' ? principal.subject : query.assignee,
    priority: query.priority,
    categoryMain: query.categoryMain,
    categorySub: query.categorySub,
    areaId: query.areaId,
    text: query.q,
    openedFrom: query.openedFrom === undefined ? undefined : new Date(query.openedFrom),
    openedTo: query.openedTo === undefined ? undefined : new Date(query.openedTo),
    sla: query.slaStatus ? { status: query.slaStatus, now, atRiskMarginMs } : undefined,
  };
  if (criteria.openedFrom && criteria.openedTo && criteria.openedFrom >= criteria.openedTo) {
    throw ProblemException.badRequest('openedFrom must be before openedTo', [
      { field: 'openedFrom', messages: ['openedFrom must be before openedTo'] },
    ]);
  }
  switch (query.queue) {
    case undefined:
    case 'organisation':
      break;
    case 'mine':
      if (query.assignee !== undefined) {
        throw ProblemException.badRequest('queue=mine lists your own cases; leave out assignee', [
          { field: 'assignee', messages: ['assignee cannot be given with queue=mine'] },
        ]);
      }
      criteria.assignee = principal.subject;
      break;
    case 'team':
      if (principal.teams.length === 0) {
        throw ProblemException.badRequest('Your account belongs to no team, so it has no team queue', [
          { field: 'queue', messages: ['queue=team needs a token that names your team'] },
        ]);
      }
      criteria.teams = principal.teams;
      break;
    case 'triage':
      if (!principal.roles.includes('coordinator')) {
        throw new ProblemException(403, 'forbidden', 'Not allowed', 'The triage queue is the coordinators\' queue');
      }
      criteria.triage = { now };
      break;
  }
  return criteria;
}
