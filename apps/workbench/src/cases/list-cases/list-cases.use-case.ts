import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { Clock } from '../../clock';
import type { ReopenRequestRecord } from '../../triage/reopen-request.entity';
import { ReopenRequests } from '../../triage/reopen-requests';
import { slaStatusOf, triageReasonsOf } from '../../triage/triage-reasons';
import { AuditTrail } from '../../audit/audit-trail';
import { CaseAccess } from '../case-access';
import { toCaseSummary } from '../case-summary.response';
import { CaseRepository, type CasePosition, type CaseSort } from '../persistence/case-repository';
import { CaseReferrals } from '../referral/case-referrals';
import { toReferralResponse } from '../referral/referral.response';
import { decodeCursor, encodeCursor } from './case-cursor';
import { CasePageResponse, DEFAULT_PAGE_SIZE, ListCasesQuery } from './list-cases.request';
import { positionOf } from './queue-clauses';
import { queueCriteriaOf } from './queue-criteria';
import type { QueueItemResponse } from './queue-item.response';
import { QueueSettings } from './queue-settings';

/** A queue: the cases the caller may see, filtered and sorted, one page at a time. */
@Injectable()
export class ListCases {
  constructor(
    private readonly access: CaseAccess,
    private readonly cases: CaseRepository,
    private readonly referrals: CaseReferrals,
    private readonly reopenRequests: ReopenRequests,
    private readonly clock: Clock,
    private readonly settings: QueueSettings,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal, query: ListCasesQuery): Promise<CasePageResponse> {
    const scope = this.access.scopeOf(principal);
    const sort = query.sort ?? '-openedAt';
    const after = query.cursor === undefined ? undefined : cursorFor(query.cursor, sort);
    const now = this.clock.now();
    const criteria = queueCriteriaOf(query, principal, now, this.settings.atRiskMarginMs);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.cases.list(scope, { ...criteria, sort, after, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    await this.audit.recordRead(principal, { action: 'cases.listed', caseId: null, details: { ...query, cursor: undefined, page: query.cursor ? 'next' : 'first', returned: page.length } });
    const ids = page.map((c) => c.id);
    const referred = await this.referrals.latestOf(ids);
    const pending = criteria.triage
      ? await this.reopenRequests.pendingFor(ids)
      : new Map<string, ReopenRequestRecord[]>();
    return {
      items: page.map((record): QueueItemResponse => {
        const referral = referred.get(record.id);
        return {
          ...toCaseSummary(record),
          ...(referral ? { referral: toReferralResponse(referral) } : {}),
          slaStatus: slaStatusOf(record, now, this.settings.atRiskMarginMs),
          ...(criteria.triage
            ? {
                triage: triageReasonsOf(
                  record,
                  pending.get(record.id) ?? [],
                  now,
                  this.settings.triageConfidenceThreshold,
                ),
              }
            : {}),
        };
      }),
      nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last, sort)) : null,
    };
  }
}

function cursorFor(cursor: string, sort: CaseSort): CasePosition {
  const position = decodeCursor(cursor);
  if (!position) {
    throw ProblemException.badRequest('cursor is not a cursor this service gave out', [
      { field: 'cursor', messages: ['cursor must be the nextCursor of a previous page'] },
    ]);
  }
  if (position.sort !== sort) {
    throw ProblemException.badRequest(`cursor belongs to sort=${position.sort}, not sort=${sort}`, [
      { field: 'cursor', messages: ['cursor must come from a page with the same sort'] },
    ]);
  }
  return position;
}
