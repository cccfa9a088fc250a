import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReporterQuestionAnswered } from '@loket/contracts';
import { redact } from '@loket/disclosure-policy';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { lockReport } from '../case-links/reporter-locks';
import { ReporterQuestionAnswerRecord } from './reporter-question.entity';
import { ReporterQuestions } from './reporter-questions';

/** Finds the reporter who answers, inside the answer's transaction; refuses (404) as the door it came through does. */
export type ReporterOf = (tx: EntityManager) => Promise<{ reportId: string; receivedAt: Date }>;

/**
 * A reporter answers a professional's question (from their tracking page or their link). Their words go to the case
 * with every contact detail removed (they may have typed their phone number: the professional asks for contact
 * through the audited consent, not here); feedback keeps only that they answered. Once per reporter and question,
 * and only while the question is open.
 */
@Injectable()
export class AnswerQuestion {
  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: ReporterQuestions,
    private readonly outbox: Outbox,
  ) {}

  /**
   * In one transaction: the reporter as the door knows them (`reporterOf`: by tracking code, link, own account or a
   * reply address, each with its own refusal), the open question, the answer recorded and its event in the outbox.
   */
  execute(reporterOf: ReporterOf, questionId: string, text: string, now: Date = new Date()): Promise<{ answeredAt: string }> {
    return this.dataSource.transaction(async (tx) => {
      const reporter = await reporterOf(tx);
      await lockReport(tx, reporter.reportId);
      const question = (await this.questions.forReporter(tx, reporter, now)).find((q) => q.questionId === questionId);
      if (!question) throw ProblemException.notFound('There is no open question with this id for your report');
      if (question.answeredAt) throw new ProblemException(409, 'already-answered', 'Already answered', 'You have answered this question already');
      if (question.answerBy <= now) throw new ProblemException(409, 'question-closed', 'The question is closed', 'The time to answer this question has passed');
      const answer = redact(text.trim()).text;
      await tx.insert(ReporterQuestionAnswerRecord, { questionId, reportId: reporter.reportId, answeredAt: now });
      await this.outbox.add(tx, ReporterQuestionAnswered, { caseId: question.caseId, questionId, reportId: reporter.reportId, text: answer, answeredAt: now.toISOString() });
      return { answeredAt: now.toISOString() };
    });
  }
}
