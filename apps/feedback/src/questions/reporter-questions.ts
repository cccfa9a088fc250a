import { Injectable } from '@nestjs/common';
import { EntityManager, In, MoreThan } from 'typeorm';
import { redact } from '@loket/disclosure-policy';
import { FieldCipher } from '../crypto/field-cipher';
import { CaseReportRecord } from '../case-links/case-report.entity';
import { ReporterQuestionAnswerRecord, ReporterQuestionRecord } from './reporter-question.entity';

/** A question as its reporter sees it: redacted like a note, and whether they answered it. */
export interface QuestionForReporter {
  questionId: string;
  /** The case the reporter's report is in, which asked it. */
  caseId: string;
  text: string;
  askedAt: Date;
  answerBy: Date;
  answeredAt: Date | null;
}

/** The questions kept for reporters: their texts sealed at rest, and who answered. */
@Injectable()
export class ReporterQuestions {
  constructor(private readonly cipher: FieldCipher) {}

  async keep(tx: EntityManager, question: Omit<ReporterQuestionRecord, 'text'> & { text: string }): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(ReporterQuestionRecord)
      .values({ ...question, text: this.cipher.encrypt(question.text, `question:${question.questionId}:text`) })
      .orIgnore()
      .execute();
  }

  /**
   * The questions a reporter may answer now or has answered: those of the case their report is in, asked after they
   * reported (what happened before is not theirs), still open or answered by them; oldest first.
   */
  async forReporter(tx: EntityManager, reporter: { reportId: string; receivedAt: Date }, now: Date): Promise<QuestionForReporter[]> {
    const link = await tx.findOneBy(CaseReportRecord, { reportId: reporter.reportId });
    if (!link) return [];
    const records = await tx.find(ReporterQuestionRecord, { where: { caseId: link.caseId, askedAt: MoreThan(reporter.receivedAt) }, order: { askedAt: 'ASC' } });
    if (records.length === 0) return [];
    const answers = await tx.find(ReporterQuestionAnswerRecord, { where: { reportId: reporter.reportId, questionId: In(records.map((r) => r.questionId)) } });
    const answeredAt = new Map(answers.map((a) => [a.questionId, a.answeredAt]));
    return records
      .filter((r) => r.answerBy > now || answeredAt.has(r.questionId))
      .map((r) => ({
        questionId: r.questionId,
        caseId: r.caseId,
        text: redact(this.cipher.decrypt(r.text, `question:${r.questionId}:text`)).text,
        askedAt: r.askedAt,
        answerBy: r.answerBy,
        answeredAt: answeredAt.get(r.questionId) ?? null,
      }));
  }
}
