import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FeedbackDelivered, FeedbackStage } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { MessageTextCipher } from '../messages/message-text';
import { MessageRecord } from '../messages/message.entity';
import { ContactDetailsVault } from '../reporters/contact-details';
import { ReporterRecord } from '../reporters/reporter.entity';
import { ReporterLinks } from '../reporter-links/reporter-links';
import { describeMailError, isPermanentRejection, MailSender } from './mail-sender';
import { withReporterLinkFooter } from './reporter-link-footer';
import { nextAttemptDelayMs, RetryPolicy } from './retry-schedule';

export abstract class DeliverySettings implements RetryPolicy {
  baseMs!: number;
  maxMs!: number;
  maxRejections!: number;
}

export type DeliveryOutcome = 'sent' | 'retry-later' | 'failed' | 'cancelled' | 'nothing-due';

/**
 * Sends the next due e-mail. The row is claimed with `FOR UPDATE SKIP LOCKED` (several instances never take
 * the same message), and marked sent with its `feedback.delivered` event in the same transaction as the
 * claim. A failure leaves the message pending with its attempts, next attempt time and error.
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

  execute(now: () => Date = () => new Date()): Promise<DeliveryOutcome> {
    return this.dataSource.transaction(async (tx) => {
      const message = await this.claimDue(tx);
      if (!message) return 'nothing-due';
      const reporter = await tx.findOneBy(ReporterRecord, { reportId: message.reportId });
      // Sending is the use the reporter gave the address for: not logged as a contact-detail read (see README).
      const mayEmail = reporter?.consentToContact && !reporter.emailsWithdrawnAt && !reporter.erasedAt;
      const to = mayEmail ? this.contacts.open(reporter.reportId, reporter.contactDetails).email : undefined;
      if (!to) {
        await tx.update(MessageRecord, { id: message.id }, { status: 'cancelled', nextAttemptAt: null, lastError: 'no e-mail address or no consent' });
        return 'cancelled';
      }
      try {
        await this.mail.send({
          messageId: message.id,
          to,
          subject: this.texts.open(message.id, 'subject', message.subject),
          text: withReporterLinkFooter(this.texts.open(message.id, 'body', message.body), message.language, this.links.urlFor(message.reportId, now())),
          language: message.language,
        });
      } catch (error) {
        return this.recordFailure(tx, message, error, now());
      }
      await this.recordSent(tx, message, now());
      return 'sent';
    });
  }

  private async claimDue(tx: EntityManager): Promise<MessageRecord | null> {
    const due: { id: string }[] = await tx.query(
      `SELECT id FROM reporter_messages
        WHERE status = 'pending' AND next_attempt_at <= now()
        ORDER BY next_attempt_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED`,
    );
    const id = due[0]?.id;
    return id ? tx.findOneByOrFail(MessageRecord, { id }) : null;
  }

  private async recordSent(tx: EntityManager, message: MessageRecord, at: Date): Promise<void> {
    await tx.update(
      MessageRecord,
      { id: message.id },
      { status: 'sent', sentAt: at, attempts: message.attempts + 1, nextAttemptAt: null, lastError: null },
    );
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

  private async recordFailure(tx: EntityManager, message: MessageRecord, error: unknown, at: Date): Promise<DeliveryOutcome> {
    const attempts = message.attempts + 1;
    const lastError = describeMailError(error);
    const givenUp = isPermanentRejection(error) && attempts >= this.settings.maxRejections;
    await tx.update(
      MessageRecord,
      { id: message.id },
      givenUp
        ? { status: 'failed', attempts, nextAttemptAt: null, lastError }
        : { attempts, nextAttemptAt: new Date(at.getTime() + nextAttemptDelayMs(attempts, this.settings)), lastError },
    );
    this.logger.warn(`message ${message.id} (${message.stage}) not delivered, attempt ${attempts}: ${lastError}`);
    return givenUp ? 'failed' : 'retry-later';
  }
}
