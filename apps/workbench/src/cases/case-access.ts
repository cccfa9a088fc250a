import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { CaseProblems } from './case-problems';
import { caseScopeOf, CaseScope } from './case-scope';
import { CaseRepository } from './persistence/case-repository';
import type { CaseRecord } from './persistence/case.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The first call of every use-case that touches a case: the case if the caller may see it, otherwise the
 * same 404 a missing case gets. The scope is applied in the query, not checked afterwards.
 */
@Injectable()
export class CaseAccess {
  constructor(private readonly cases: CaseRepository) {}

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
}
