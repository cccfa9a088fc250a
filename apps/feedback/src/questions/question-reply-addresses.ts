import { createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, MoreThan } from 'typeorm';
import { QuestionReplyAddressRecord } from './question-reply-address.entity';

/**
 * `LOKET_QUESTION_REPLY_ADDRESS` (e.g. `antwoord@gemeente.nl`, delivered to intake's mail door): when set, a question
 * e-mail carries its own reply address, `antwoord+<token>@gemeente.nl`, so the reporter can answer by replying.
 * Unset: they answer through the link or the tracking page only.
 */
export abstract class QuestionReplySettings {
  abstract readonly replyAddress: string | undefined;
  abstract readonly hashKey: string;
}

/** Lowercase letters and digits only: a mail address's local part survives every mail server's handling. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

@Injectable()
export class QuestionReplyAddresses {
  constructor(private readonly settings: QuestionReplySettings) {}

  get enabled(): boolean {
    return !!this.settings.replyAddress;
  }

  /** A new reply address for one reporter's question e-mail, kept (hashed) until the question closes. */
  async issue(tx: EntityManager, questionId: string, reportId: string, expiresAt: Date): Promise<string | undefined> {
    const address = this.settings.replyAddress;
    if (!address) return undefined;
    const token = Array.from(randomBytes(26), (b) => ALPHABET[b % 32]).join('');
    await tx.insert(QuestionReplyAddressRecord, { tokenHash: this.hash(token), questionId, reportId, expiresAt });
    const at = address.lastIndexOf('@');
    return `${address.slice(0, at)}+${token}${address.slice(at)}`;
  }

  /** The question and report a reply token answers for, while the question is open; null otherwise. */
  async resolve(tx: EntityManager, token: string, now: Date): Promise<{ questionId: string; reportId: string } | null> {
    if (!/^[a-z2-7]{26}$/.test(token)) return null;
    const found = await tx.findOneBy(QuestionReplyAddressRecord, { tokenHash: this.hash(token), expiresAt: MoreThan(now) });
    return found ? { questionId: found.questionId, reportId: found.reportId } : null;
  }

  private hash(token: string): string {
    return createHmac('sha256', this.settings.hashKey).update(`question-reply:${token}`).digest('hex');
  }
}
