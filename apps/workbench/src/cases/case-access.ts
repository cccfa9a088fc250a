import { Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AuditTrail } from '../audit/audit-trail';
import { Clock } from '../clock';
import { CaseProblems } from './case-problems';
import { caseScopeOf, type CasePurpose, type CaseScope } from './case-scope';
import { CaseRepository } from './persistence/case-repository';
import type { CaseRecord } from './persistence/case.entity';
import { CaseReferrals } from './referral/case-referrals';
import { asSeenByReferrer, type ReadableCase } from './referral/readable-case';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The first call of every use-case that touches a case: the case if the caller may reach it for the purpose
 * (`@loket/need-to-know`), otherwise the same 404 a missing case gets — or a 403 when the caller may read the
 * case but not work it (a coordinator and another organisation's case). The scope is applied in the query,
 * not checked afterwards. Every refusal is in the audit log (`case.access-refused`, with the purpose), so a
 * burst of refused reads is there for an investigator.
 */
@Injectable()
export class CaseAccess {
  constructor(
    private readonly cases: CaseRepository,
    @Optional() private readonly referrals?: CaseReferrals,
    @Optional() private readonly audit?: AuditTrail,
    @Optional() private readonly clock?: Clock,
  ) {}

  /** The caller's scope for a purpose; a 403 when the caller may reach no case at all for it. */
  scopeOf(principal: Principal, purpose: CasePurpose = 'read'): CaseScope {
    const scope = caseScopeOf(principal, purpose, this.clock?.now() ?? new Date());
    if (!scope) throw principal.organisation ? notForYou(purpose) : CaseProblems.noOrganisation();
    return scope;
  }

  /** A case the caller may act on for `purpose` (by default: work it), inside `tx` when given. */
  async requireCase(
    principal: Principal,
    caseId: string,
    tx?: EntityManager,
    purpose: CasePurpose = 'work',
  ): Promise<CaseRecord> {
    const scope = await this.scopeOrRefuse(principal, caseId, purpose);
    const found = UUID.test(caseId) ? await this.cases.findVisible(scope, caseId, tx) : null;
    if (found) return found;
    const readable = purpose !== 'read' && UUID.test(caseId) ? await this.readScopeFinds(principal, caseId, tx) : false;
    await this.refused(principal, caseId, purpose, readable ? 'not-your-organisation' : 'not-found');
    if (readable) throw notYours(caseId);
    throw CaseProblems.notFound(caseId);
  }

  /**
   * For reading only: a case the caller may read (in full), or one the caller's organisation referred away (its
   * history up to the referral, nothing after). Anything else is the same 404 a missing case gets. Acting on a
   * case goes through `requireCase`, which knows only the cases the caller may act on.
   */
  async readableCase(principal: Principal, caseId: string): Promise<ReadableCase> {
    const scope = await this.scopeOrRefuse(principal, caseId, 'read');
    if (!UUID.test(caseId)) {
      await this.refused(principal, caseId, 'read', 'not-found');
      throw CaseProblems.notFound(caseId);
    }
    const held = await this.cases.findVisible(scope, caseId);
    if (held) return { record: held, cutOff: null };
    const away =
      scope.kind === 'organisation' && this.referrals
        ? await this.referrals.findReferredAway(scope.organisation, caseId)
        : null;
    if (!away) {
      await this.refused(principal, caseId, 'read', 'not-found');
      throw CaseProblems.notFound(caseId);
    }
    return { record: asSeenByReferrer(away.record, away.referral), cutOff: away.referral };
  }

  private async scopeOrRefuse(principal: Principal, caseId: string, purpose: CasePurpose): Promise<CaseScope> {
    try {
      return this.scopeOf(principal, purpose);
    } catch (refusal) {
      await this.refused(principal, caseId, purpose, 'no-scope');
      throw refusal;
    }
  }

  private async readScopeFinds(principal: Principal, caseId: string, tx?: EntityManager): Promise<boolean> {
    const scope = caseScopeOf(principal, 'read', this.clock?.now() ?? new Date());
    return scope !== null && (await this.cases.findVisible(scope, caseId, tx)) !== null;
  }

  /** In a transaction of its own: the refusal stays in the log whatever happens to the caller's transaction. */
  private async refused(principal: Principal, caseId: string, purpose: CasePurpose, why: string): Promise<void> {
    const wellFormed = UUID.test(caseId);
    await this.audit?.recordRead(principal, {
      action: 'case.access-refused',
      caseId: wellFormed ? caseId.toLowerCase() : null,
      details: { purpose, why, ...(wellFormed ? {} : { malformedCaseId: true }) },
    });
  }
}

function notForYou(purpose: CasePurpose): ProblemException {
  return new ProblemException(403, 'forbidden', 'Not allowed', `Your roles do not let you ${purpose} cases`);
}

function notYours(caseId: string): ProblemException {
  return new ProblemException(
    403,
    'case-not-yours',
    'Not allowed',
    `Case ${caseId} is held by another organisation: coordinators read what triage needs and work only their own organisation's cases`,
  );
}
