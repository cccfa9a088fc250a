import type { CaseState } from '@loket/case-lifecycle';
import type { CaseRecord } from './case.entity';

/** The lifecycle's view of a stored case: what the state machine needs to decide a transition. */
export function caseStateOf(record: CaseRecord): CaseState {
  return {
    status: record.status,
    version: record.version,
    organisation: record.organisation,
    ...(record.assignee ? { assignee: record.assignee } : {}),
    ...(record.closedAt ? { closedAt: record.closedAt } : {}),
    ...(record.resolutionCode ? { resolutionCode: record.resolutionCode as CaseState['resolutionCode'] } : {}),
  };
}
