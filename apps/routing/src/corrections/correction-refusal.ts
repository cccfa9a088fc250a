import { ProblemException } from '@loket/http';
import { EntityManager, QueryFailedError } from 'typeorm';
import { CaseRecord } from '../cases/case.entity';

/** Why a coordinator's correction is refused: bad input (400), or it conflicts with the case's state (409). */
export interface CorrectionRefusal {
  status: 400 | 409;
  type: string;
  title: string;
  detail: string;
}

export function problemOf(refusal: CorrectionRefusal): ProblemException {
  return new ProblemException(refusal.status, refusal.type, refusal.title, refusal.detail);
}

const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Locks the cases a correction changes, in one order whatever the request's (no deadlocks), without waiting:
 * a case another correction (or the linker) holds right now is a 409, so two coordinators correcting one case
 * at the same moment never both win. An unknown case is a 404.
 */
export async function lockForCorrection(tx: EntityManager, caseIds: readonly string[]): Promise<CaseLocks> {
  const locked = new Map<string, CaseRecord>();
  for (const id of [...new Set(caseIds)].sort()) {
    let record: CaseRecord | null;
    try {
      record = await tx.findOne(CaseRecord, { where: { id }, lock: { mode: 'pessimistic_write_or_fail' } });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === LOCK_NOT_AVAILABLE) {
        throw new ProblemException(409, 'correction-in-progress', 'The case is being changed', `Case ${id} is being changed by another correction right now; try again`);
      }
      throw error;
    }
    if (!record) throw ProblemException.notFound(`No case ${id}`);
    locked.set(id, record);
  }
  return new CaseLocks(locked);
}

/** The cases a correction locked. */
export class CaseLocks {
  constructor(private readonly locked: ReadonlyMap<string, CaseRecord>) {}

  get(caseId: string): CaseRecord {
    const record = this.locked.get(caseId);
    if (!record) throw new Error(`case ${caseId} was not locked for this correction`);
    return record;
  }
}

/** A closed case takes no corrections: its reporters were told the outcome. */
export function refuseClosed(record: CaseRecord): void {
  if (record.status === 'closed') throw new ProblemException(409, 'case-closed', 'Case is closed', `Case ${record.id} is closed`);
}
