import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChangeStatus } from '../change-status/change-status.use-case';
import { CaseRecord } from '../persistence/case.entity';
import { ReporterQuestionRecord } from './reporter-question.entity';

/**
 * A case that waits for its reporter goes on (back to in progress, the SLA clock running again) when the answer
 * comes or the deadline passes — but only while it is still at the version it went waiting at: a person who
 * moved it since (resumed, assigned, referred it) has decided, and Loket leaves it be. Either way the question
 * no longer holds the case.
 */
@Injectable()
export class CaseGoesOn {
  constructor(private readonly changeStatus: ChangeStatus) {}

  /** True when the case went on. Locks the case row first, so an answer and the deadline job never both move it. */
  async afterQuestion(tx: EntityManager, question: ReporterQuestionRecord): Promise<boolean> {
    if (question.waitsAtVersion === null) return false;
    await tx.update(ReporterQuestionRecord, { id: question.id }, { waitsAtVersion: null });
    const kase = await tx.findOne(CaseRecord, { where: { id: question.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!kase || kase.status !== 'waiting' || kase.version !== question.waitsAtVersion || !kase.assignee) return false;
    return (await this.changeStatus.apply(tx, kase, { name: 'resume' }, null)) !== null;
  }
}
