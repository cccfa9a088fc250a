import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseStatusChangedV1 } from '@loket/contracts';
import { CaseRecord } from './case.entity';

/**
 * The workbench moved a case: routing keeps its state (shown on the public map) and, when it closed (or
 * reopened), stops (or starts again) linking new reports to it.
 */
@Injectable()
export class CloseCaseWhenCaseStatusChanged {
  async handle(change: CaseStatusChangedV1, tx: EntityManager): Promise<void> {
    const now = new Date();
    const workStatusAt = new Date(change.changedAt);
    if (change.to === 'closed') {
      await tx.update(CaseRecord, { id: change.caseId }, { status: 'closed', workStatus: 'closed', workStatusAt, closedAt: workStatusAt, updatedAt: now });
    } else if (change.from === 'closed') {
      await tx.update(CaseRecord, { id: change.caseId }, { status: 'open', workStatus: change.to, workStatusAt, closedAt: null, updatedAt: now });
    } else {
      await tx.update(CaseRecord, { id: change.caseId }, { workStatus: change.to, workStatusAt });
    }
  }
}
