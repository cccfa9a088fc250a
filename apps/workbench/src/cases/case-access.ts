import { Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { CaseProblems } from './case-problems';
import { caseScopeOf, CaseScope } from './case-scope';
import { CaseRepository } from './persistence/case-repository';
import type { CaseRecord } from './persistence/case.entity';
import { CaseReferrals } from './referral/case-referrals';
import { asSeenByReferrer, type ReadableCase } from './referral/readable-case';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The first call of every use-case that touches a case: the case if the caller may see it, otherwise the
 * same 404 a missing case gets. The scope is applied in the query, not checked afterwards.
 */
@Injectable()
export class CaseAccess {
  constructor(
    private readonly cases: CaseRepository,
    @Optional() private readonly referrals?: CaseReferrals,
  ) {}

  /** The caller's scope; a 403 when the caller may see no case at all. */
  scopeOf(principal: Principal): CaseScope {
    const scope = caseScopeOf(principal);
    if (!scope) throw CaseProblems.noOrganisation();
    return scope;
  }

  async requireCase(principal: Principal, caseId: string, tx?: EntityManager): Promise<CaseRecord> {
    const scope = this.scopeOf(principal);
    const found = UUID.test(caseId) ? await this.cases.findVisible(scope, caseId, tx) : null;
    if (!found) throw CaseProblems.notFound(caseId);
    return found;
  }

  /**
   * For reading only: a case the caller holds (in full), or one the caller's organisation referred away (its
   * history up to the referral, nothing after). Anything else is the same 404 a missing case gets. Acting on a
   * case goes through `requireCase`, which knows only the cases the caller holds.
   */
  async readableCase(principal: Principal, caseId: string): Promise<ReadableCase> {
    const scope = this.scopeOf(principal);
    if (!UUID.test(caseId)) throw CaseProblems.notFound(caseId);
    const held = await this.cases.findVisible(scope, caseId);
    if (held) return { record: held, cutOff: null };
    const away =
      scope.kind === 'organisation' && this.referrals
        ? await this.referrals.findReferredAway(scope.organisation, caseId)
        : null;
    if (!away) throw CaseProblems.notFound(caseId);
    return { record: asSeenByReferrer(away.record, away.referral), cutOff: away.referral };
  }
}
