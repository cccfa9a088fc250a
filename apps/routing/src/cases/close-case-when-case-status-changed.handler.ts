import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseStatusChangedV1 } from '@loket/contracts';
import { CaseRecord } from './case.entity';

/** The workbench closed (or reopened) a case: routing stops (or starts again) linking new reports to it. */
@Injectable()
export class CloseCaseWhenCaseStatusChanged {
  async handle(change: CaseStatusChangedV1, tx: EntityManager): Promise<void> {
    const now = new Date();
    if (change.to === 'closed') {
      await tx.update(CaseRecord, { id: change.caseId }, { status: 'closed', closedAt: new Date(change.changedAt), updatedAt: now });
    } else if (change.from === 'closed') {
      await tx.update(CaseRecord, { id: change.caseId }, { status: 'open', closedAt: null, updatedAt: now });
    }
  }
}
