import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReporterQuestionAnswered } from '@loket/contracts';
import { redact } from '@loket/disclosure-policy';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { lockReport } from '../case-links/reporter-locks';
import { ReporterQuestionAnswerRecord } from './reporter-question.entity';
import { ReporterQuestions } from './reporter-questions';

/**
 * A reporter answers a professional's question (from their tracking page or their link). Their words go to the case
 * with every contact detail removed (they may have typed their phone number: the professional asks for contact
 * through the audited consent, not here); feedback keeps only that they answered. Once per reporter and question,
 * and only while the question is open.
 */
@Injectable()
export class AnswerQuestion {
  constructor(
    private readonly questions: ReporterQuestions,
    private readonly outbox: Outbox,
  ) {}

  async execute(tx: EntityManager, reporter: { reportId: string; receivedAt: Date }, questionId: string, text: string, now: Date = new Date()): Promise<{ answeredAt: string }> {
    await lockReport(tx, reporter.reportId);
    const question = (await this.questions.forReporter(tx, reporter, now)).find((q) => q.questionId === questionId);
    if (!question) throw ProblemException.notFound('There is no open question with this id for your report');
    if (question.answeredAt) throw new ProblemException(409, 'already-answered', 'Already answered', 'You have answered this question already');
    if (question.answerBy <= now) throw new ProblemException(409, 'question-closed', 'The question is closed', 'The time to answer this question has passed');
    const answer = redact(text.trim()).text;
    await tx.insert(ReporterQuestionAnswerRecord, { questionId, reportId: reporter.reportId, answeredAt: now });
    const caseId = await this.caseOf(tx, reporter.reportId);
    await this.outbox.add(tx, ReporterQuestionAnswered, { caseId, questionId, reportId: reporter.reportId, text: answer, answeredAt: now.toISOString() });
    return { answeredAt: now.toISOString() };
  }

  private async caseOf(tx: EntityManager, reportId: string): Promise<string> {
    const rows: { case_id: string }[] = await tx.query('SELECT case_id::text FROM case_reports WHERE report_id = $1', [reportId]);
    const caseId = rows[0]?.case_id;
    if (!caseId) throw ProblemException.notFound('There is no open question with this id for your report'); // not in a case (any more)
    return caseId;
  }
}
