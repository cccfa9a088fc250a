import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import type { ReporterQuestionResponse } from './ask-reporter.request';
import { ReporterAnswerRecord, ReporterQuestionRecord } from './reporter-question.entity';

/** A question with its answers as the case file shows it. */
export function toQuestionResponse(question: ReporterQuestionRecord, answers: readonly ReporterAnswerRecord[], caseWaits: boolean): ReporterQuestionResponse {
  return {
    id: question.id,
    text: question.text,
    askedAt: question.askedAt.toISOString(),
    askedBy: question.askedByUsername,
    answerBy: question.answerBy.toISOString(),
    status: question.status,
    caseWaits,
    answers: answers.map((a) => ({ reportId: a.reportId, text: a.text, answeredAt: a.answeredAt.toISOString() })),
  };
}

/** The questions of a case, oldest first, each with its answers; with `until`, only those asked until then. */
@Injectable()
export class ReporterQuestions {
  constructor(private readonly dataSource: DataSource) {}

  async ofCase(kase: { id: string; version: number; status: string }, until?: Date): Promise<ReporterQuestionResponse[]> {
    const questions = await this.dataSource.manager.find(ReporterQuestionRecord, {
      where: { caseId: kase.id, ...(until ? { askedAt: LessThanOrEqual(until) } : {}) },
      order: { askedAt: 'ASC' },
    });
    if (questions.length === 0) return [];
    const answers = await this.dataSource.manager.find(ReporterAnswerRecord, { where: { questionId: In(questions.map((q) => q.id)) }, order: { answeredAt: 'ASC' } });
    return questions.map((q) =>
      toQuestionResponse(
        q,
        answers.filter((a) => a.questionId === q.id),
        q.waitsAtVersion !== null && q.waitsAtVersion === kase.version && kase.status === 'waiting',
      ),
    );
  }
}
