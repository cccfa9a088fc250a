import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { CaseRecord } from '../case-links/case.entity';
import { RefusedRead } from './refused-read';

/** The one answer for a case the caller may not see, known or not. */
export function caseNotFound(): ProblemException {
  return ProblemException.notFound('No case with this id for your organisation');
}

/**
 * Need-to-know for reporters' contact details: only a professional of the organisation that holds the case
 * now (as case events — opened, status changed, reassigned — say) may see it here. Anyone else: 404, the same
 * for a case that exists and one that does not; the audit log keeps which it was.
 */
@Injectable()
export class CaseAccess {
  async requireHeldBy(tx: EntityManager, principal: Principal, caseId: string): Promise<CaseRecord> {
    const kase = await tx.findOneBy(CaseRecord, { caseId });
    if (!kase) throw new RefusedRead('unknown-case', caseNotFound());
    if (!principal.organisation) throw new RefusedRead('no-organisation', caseNotFound());
    if (kase.organisation !== principal.organisation) throw new RefusedRead('not-your-organisation', caseNotFound());
    return kase;
  }
}
