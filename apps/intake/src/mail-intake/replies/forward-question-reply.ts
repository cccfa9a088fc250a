import { Injectable, Logger } from '@nestjs/common';
import { reportTextOf } from '@loket/mail-intake';
import type { ReceivedMail } from '../smtp/received-mail';
import { MailRefusal } from '../receive-mail/mail-refusal';

/** Where replies to questions go: the feedback service, which holds the questions and their reply addresses. */
export abstract class QuestionReplyTarget {
  /** The reply address feedback gives question e-mails (`LOKET_QUESTION_REPLY_ADDRESS`); none: no replies taken. */
  abstract readonly replyAddress: string | undefined;
  abstract readonly feedbackUrl: string;
  abstract readonly timeoutMs: number;
}

/** An answer is at most this long on the tracking page too. */
const MAX_ANSWER_LENGTH = 2000;

export type ReplyOutcome = { kind: 'reply-forwarded' } | { kind: 'reply-not-taken'; status: number } | { kind: 'ignored'; reason: 'no-text' };

/**
 * A reporter replied by e-mail to a professional's question (mail for `antwoord+<token>@…`): the reply without the
 * quoted question and the signature, and without the sender's own address, goes to the feedback service as the
 * answer that token stands for — the same answer as on the tracking page, contact details removed there. A reply
 * to a closed or answered question, or an unknown token, is not taken and not answered (no mail loops); feedback
 * not answering now is a "try later" for the relay.
 */
@Injectable()
export class ForwardQuestionReply {
  private readonly logger = new Logger(ForwardQuestionReply.name);

  constructor(private readonly target: QuestionReplyTarget) {}

  async execute(token: string, mail: ReceivedMail): Promise<ReplyOutcome> {
    const text = reportTextOf({
      subject: '',
      ...(mail.text !== undefined ? { text: mail.text } : {}),
      ...(mail.html !== undefined ? { html: mail.html } : {}),
      ...(mail.from ? { senderAddress: mail.from.address } : {}),
    }).slice(0, MAX_ANSWER_LENGTH);
    if (!text) return { kind: 'ignored', reason: 'no-text' };
    let response: Response;
    try {
      response = await fetch(`${this.target.feedbackUrl}/api/v1/question-replies/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(this.target.timeoutMs),
      });
    } catch (error) {
      throw MailRefusal.tryLater(`the reply cannot be passed on now: ${(error as Error).message}`);
    }
    if (response.status === 201) return { kind: 'reply-forwarded' };
    if (response.status >= 500 || response.status === 429) throw MailRefusal.tryLater(`the reply cannot be passed on now (${response.status})`);
    this.logger.log(`a reply to a question was not taken (${response.status}): closed, answered or unknown`);
    return { kind: 'reply-not-taken', status: response.status };
  }
}
