import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FeedbackDelivered, FeedbackStage } from '@loket/contracts';
import { isInfrastructureFailure, Outbox } from '@loket/messaging';
import { MessageTextCipher } from '../messages/message-text';
import { MessageRecord } from '../messages/message.entity';
import { ContactDetailsVault } from '../reporters/contact-details';
import { ReporterLinks } from '../reporter-links/reporter-links';
import { describeMailError, isPermanentRejection, MailSender, OutgoingMail } from './mail-sender';
import { withReporterLinkFooter } from './reporter-link-footer';
import { nextAttemptDelayMs, RetryPolicy } from './retry-schedule';

export abstract class DeliverySettings implements RetryPolicy {
  baseMs!: number;
  maxMs!: number;
  maxRejections!: number;
  /** A message still `sending` this long after its attempt began was interrupted (a crash): it is in doubt. */
  inDoubtAfterMs!: number;
}

export type DeliveryOutcome = 'sent' | 'retry-later' | 'failed' | 'cancelled' | 'nothing-due';

type Claim = { kind: 'send'; message: ClaimedMessage; mail: OutgoingMail; inDoubt: boolean } | { kind: 'cancelled' } | null;

/** What sending and recording a claimed message need of it. */
type ClaimedMessage = Pick<MessageRecord, 'id' | 'reportId' | 'reporterRef' | 'caseId' | 'stage' | 'level' | 'language' | 'subject' | 'body' | 'replyTo' | 'attempts'>;

/** A row of the claim: the message as it is now, what it was before, and its reporter (null columns when none). */
interface ClaimedRow {
  id: string;
  report_id: string;
  reporter_ref: string;
  case_id: string | null;
  stage: string;
  level: number;
  language: string;
  subject: string;
  body: string;
  reply_to: string | null;
  attempts: number;
  was_status: string;
  reporter_report_id: string | null;
  consent_to_contact: boolean | null;
  emails_withdrawn_at: Date | null;
  erased_at: Date | null;
  contact_details: string | null;
}

function messageOf(row: ClaimedRow): ClaimedMessage {
  return {
    id: row.id,
    reportId: row.report_id,
    reporterRef: row.reporter_ref,
    caseId: row.case_id,
    stage: row.stage,
    level: row.level,
    language: row.language,
    subject: row.subject,
    body: row.body,
    replyTo: row.reply_to,
    attempts: row.attempts,
  };
}

/** TypeORM answers a raw UPDATE with [rows, count] on PostgreSQL. */
function updatedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/**
 * Sends the next due e-mail, exactly once where the mail server lets us know and at least once where it cannot.
 *
 * 1. Claim (one statement, `FOR UPDATE SKIP LOCKED`): the message becomes `sending`, with the time
 *    the attempt began and its attempt counted, before anything leaves. Its Message-ID is the message's id.
 * 2. Send over SMTP, outside any transaction.
 * 3. Record the outcome: `sent` with its `feedback.delivered` event, or the failure and the next attempt. When the
 *    database is briefly away at that moment, the outcome is kept in hand and recorded as soon as it answers,
 *    never sent again.
 * A message left `sending` by a crash between 1 and 3 is in doubt: the mail server is asked whether it took that
 * Message-ID; when it did, the message is recorded as sent; when it cannot tell (plain SMTP cannot), it is sent
 * again: the only window in which a reporter can get a message twice.
 */
@Injectable()
export class DeliverNextMessage {
  private readonly logger = new Logger(DeliverNextMessage.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailSender,
    private readonly outbox: Outbox,
    private readonly contacts: ContactDetailsVault,
    private readonly texts: MessageTextCipher,
    private readonly settings: DeliverySettings,
    private readonly links: ReporterLinks,
  ) {}

  async execute(now: () => Date = () => new Date()): Promise<DeliveryOutcome> {
    const claim = await this.claimNext(now());
    if (!claim) return 'nothing-due';
    if (claim.kind === 'cancelled') return 'cancelled';
    const { message, mail } = claim;
    if (claim.inDoubt && (await this.mail.wasAccepted(mail.messageId)) === 'accepted') {
      this.logger.warn(`message ${message.id} was interrupted after the mail server took it: recorded as sent, not sent again`);
      await this.recordPersistently(message, (tx) => this.recordSent(tx, message, now()));
      return 'sent';
    }
    try {
      await this.mail.send(mail);
    } catch (error) {
      return this.recordPersistently(message, (tx) => this.recordFailure(tx, message, error, now()));
    }
    await this.recordPersistently(message, (tx) => this.recordSent(tx, message, now()));
    return 'sent';
  }

  /**
   * The claim is one statement, so it needs no transaction of its own: the next due message (`FOR UPDATE SKIP
   * LOCKED`, so instances and lanes never take the same one) becomes `sending`, its attempt counted, and comes back
   * with what it was before and its reporter's consent and sealed address. A message whose reporter may not (or
   * cannot) be e-mailed is then cancelled, its attempt not counted.
   */
  private async claimNext(at: Date): Promise<Claim> {
    const inDoubtBefore = new Date(at.getTime() - this.settings.inDoubtAfterMs);
    const rows = updatedRows<ClaimedRow>(
      await this.dataSource.query(
        `UPDATE reporter_messages m
            SET status = 'sending', sending_since = $2, attempts = m.attempts + 1, next_attempt_at = NULL
           FROM (SELECT id, status, report_id FROM reporter_messages
                  WHERE (status = 'pending' AND next_attempt_at <= now()) OR (status = 'sending' AND sending_since < $1)
                  ORDER BY next_attempt_at NULLS FIRST
                  LIMIT 1
                  FOR UPDATE SKIP LOCKED) due
           LEFT JOIN reporters r ON r.report_id = due.report_id
          WHERE m.id = due.id
      RETURNING m.id, m.report_id, m.reporter_ref, m.case_id, m.stage, m.level, m.language, m.subject, m.body, m.reply_to,
                m.attempts, due.status AS was_status, r.report_id AS reporter_report_id, r.consent_to_contact,
                r.emails_withdrawn_at, r.erased_at, r.contact_details`,
        [inDoubtBefore, at],
      ),
    );
    const row = rows[0];
    if (!row) return null;
    const message = messageOf(row);
    // Sending is the use the reporter gave the address for: not logged as a contact-detail read (see README).
    const mayEmail = row.reporter_report_id !== null && row.consent_to_contact && !row.emails_withdrawn_at && !row.erased_at;
    const to = mayEmail ? this.contacts.open(row.report_id, row.contact_details).email : undefined;
    if (!to) {
      await this.dataSource.query(
        `UPDATE reporter_messages SET status = 'cancelled', attempts = attempts - 1, next_attempt_at = NULL, sending_since = NULL, last_error = $2
          WHERE id = $1 AND status = 'sending'`,
        [message.id, 'no e-mail address or no consent'],
      );
      return { kind: 'cancelled' };
    }
    const mail: OutgoingMail = {
      messageId: message.id,
      to,
      subject: this.texts.open(message.id, 'subject', message.subject),
      text: withReporterLinkFooter(this.texts.open(message.id, 'body', message.body), message.language, this.links.urlFor(message.reportId, at)),
      language: message.language,
      ...(message.replyTo ? { headers: { 'Reply-To': message.replyTo } } : {}),
    };
    return { kind: 'send', message, mail, inDoubt: row.was_status === 'sending' };
  }

  /** Records an outcome that already happened; a database that is briefly away is waited for, not given up on. */
  private async recordPersistently<T>(message: ClaimedMessage, record: (tx: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(record);
      } catch (error) {
        if (!isInfrastructureFailure(error) || attempt >= 120) throw error;
        if (attempt === 1) this.logger.warn(`message ${message.id}: recording its outcome waits for the database (${(error as Error).message})`);
        await new Promise((done) => setTimeout(done, Math.min(250 * attempt, 5_000)));
      }
    }
  }

  private async recordSent(tx: EntityManager, message: ClaimedMessage, at: Date): Promise<void> {
    const updated = await tx.update(
      MessageRecord,
      { id: message.id, status: 'sending' },
      { status: 'sent', sentAt: at, sendingSince: null, nextAttemptAt: null, lastError: null },
    );
    if (!updated.affected) return; // another instance settled it meanwhile (it found the attempt in doubt)
    await this.outbox.add(tx, FeedbackDelivered, {
      messageId: message.id,
      reportId: message.reportId,
      caseId: message.caseId,
      reporterRef: message.reporterRef,
      stage: message.stage as FeedbackStage,
      level: message.level,
      channel: 'email',
      deliveredAt: at.toISOString(),
    });
  }

  private async recordFailure(tx: EntityManager, message: ClaimedMessage, error: unknown, at: Date): Promise<DeliveryOutcome> {
    const lastError = describeMailError(error);
    const givenUp = isPermanentRejection(error) && message.attempts >= this.settings.maxRejections;
    await tx.update(
      MessageRecord,
      { id: message.id, status: 'sending' },
      givenUp
        ? { status: 'failed', sendingSince: null, nextAttemptAt: null, lastError }
        : { status: 'pending', sendingSince: null, nextAttemptAt: new Date(at.getTime() + nextAttemptDelayMs(message.attempts, this.settings)), lastError },
    );
    this.logger.warn(`message ${message.id} (${message.stage}) not delivered, attempt ${message.attempts}: ${lastError}`);
    return givenUp ? 'failed' : 'retry-later';
  }
}
