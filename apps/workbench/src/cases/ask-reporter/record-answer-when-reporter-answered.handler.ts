import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ReporterQuestionAnsweredV1 } from '@loket/contracts';
import { CaseJournal } from '../persistence/case-journal';
import { CaseGoesOn } from './case-goes-on';
import { ReporterQuestionRecord } from './reporter-question.entity';

/**
 * A reporter answered a question: the answer joins the case file and its timeline, the question counts as
 * answered, and a case that was waiting for it goes on. A redelivered event adds nothing (one answer per reporter
 * and question); an answer to a question this workbench does not know (not yet, or forgotten) is kept for nothing.
 */
@Injectable()
export class RecordAnswerWhenReporterAnswered {
  constructor(
    private readonly journal: CaseJournal,
    private readonly caseGoesOn: CaseGoesOn,
  ) {}

  async handle(event: ReporterQuestionAnsweredV1, tx: EntityManager): Promise<void> {
    const question = await tx.findOne(ReporterQuestionRecord, { where: { id: event.questionId, caseId: event.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!question) return;
    const answeredAt = new Date(event.answeredAt);
    const inserted: unknown[] = await tx.query(
      `INSERT INTO reporter_answers (question_id, report_id, text, answered_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT pk_reporter_answers DO NOTHING RETURNING question_id`,
      [question.id, event.reportId, event.text, answeredAt],
    );
    if (inserted.length === 0) return; // this reporter's answer is already in
    await tx.update(ReporterQuestionRecord, { id: question.id }, { status: 'answered' });
    await this.journal.record(tx, {
      caseId: question.caseId,
      kind: 'reporter-answered',
      details: { questionId: question.id, reportId: event.reportId },
      actorSubject: null,
      actorUsername: null,
      actorOrganisation: null,
      visibleToOrganisation: null,
      caseVersion: null,
      occurredAt: answeredAt,
    });
    await this.caseGoesOn.afterQuestion(tx, question);
  }
}
