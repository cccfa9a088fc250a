import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseReporterQuestionAskedV1, EventEnvelope } from '@loket/contracts';
import { CaseDirectory } from '../case-links/case-directory';
import { lockCases } from '../case-links/reporter-locks';
import { DisclosurePolicy } from '../messages/disclosure-policy';
import { MessageBook } from '../messages/message-book';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { questionMessageFor } from './question-message';
import { QuestionReplyAddresses } from './question-reply-addresses';
import { ReporterQuestions } from './reporter-questions';

/**
 * A professional asked the reporters of a case a question: it is kept for their tracking pages and links, and each
 * reporter who gave an address and consent is e-mailed it (once: a redelivered event writes no second message).
 * A reporter whose report joins the case later sees it on their page while it is open.
 */
@Injectable()
export class AskReportersWhenQuestionAsked {
  constructor(
    private readonly questions: ReporterQuestions,
    private readonly cases: CaseDirectory,
    private readonly reporters: ReporterDirectory,
    private readonly messages: MessageBook,
    private readonly policy: DisclosurePolicy,
    private readonly replies: QuestionReplyAddresses,
  ) {}

  async handle(event: EventEnvelope<CaseReporterQuestionAskedV1>, tx: EntityManager): Promise<void> {
    const { caseId, questionId, organisation, text, askedAt, answerBy } = event.payload;
    await lockCases(tx, [caseId]);
    const question = { eventId: event.id, text, askedAt: new Date(askedAt), answerBy: new Date(answerBy) };
    await this.questions.keep(tx, { questionId, caseId, organisation, ...question });
    const kase = await this.cases.facts(tx, caseId);
    if (!kase) return; // routing's case.opened has not arrived: its reporters see the question on their pages
    const reporters = await this.reporters.ofCase(tx, caseId);
    const planned = reporters.map((reporter) => questionMessageFor(question, reporter, kase, this.policy, { byReply: this.replies.enabled })).filter((m) => m !== null);
    // Each e-mail its own reply address (when replies are taken), so a reply names the question and the reporter.
    for (const message of planned) {
      const replyTo = await this.replies.issue(tx, questionId, message.reportId, question.answerBy);
      if (replyTo) message.replyTo = replyTo;
    }
    await this.messages.write(tx, planned);
  }
}
