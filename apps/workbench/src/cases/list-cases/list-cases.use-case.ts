import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AuditTrail } from '../../audit/audit-trail';
import { CaseAccess } from '../case-access';
import { toCaseSummary } from '../case-summary.response';
import { CaseRepository } from '../persistence/case-repository';
import { CaseReferrals } from '../referral/case-referrals';
import { toReferralResponse } from '../referral/referral.response';
import { decodeCursor, encodeCursor } from './case-cursor';
import { CasePageResponse, DEFAULT_PAGE_SIZE, ListCasesQuery } from './list-cases.request';

/** A queue: the cases the caller may see, filtered, newest first, one page at a time. */
@Injectable()
export class ListCases {
  constructor(
    private readonly access: CaseAccess,
    private readonly cases: CaseRepository,
    private readonly referrals: CaseReferrals,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal, query: ListCasesQuery): Promise<CasePageResponse> {
    const scope = this.access.scopeOf(principal);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (after === null) {
      throw ProblemException.badRequest('cursor is not a cursor this service gave out', [
        { field: 'cursor', messages: ['cursor must be the nextCursor of a previous page'] },
      ]);
    }
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.cases.list(scope, {
      status: query.status,
      team: query.team,
      assignee: query.assignee === 'me' ? principal.subject : query.assignee,
      after,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    await this.audit.recordRead(principal, { action: 'cases.listed', caseId: null, details: { ...query, cursor: undefined, page: query.cursor ? 'next' : 'first', returned: page.length } });
    const referred = await this.referrals.latestOf(page.map((c) => c.id));
    return {
      items: page.map((record) => {
        const referral = referred.get(record.id);
        return referral ? { ...toCaseSummary(record), referral: toReferralResponse(referral) } : toCaseSummary(record);
      }),
      nextCursor: rows.length > limit && last ? encodeCursor({ openedAt: last.openedAt, id: last.id }) : null,
    };
  }
}
