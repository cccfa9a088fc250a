import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { isEmail, validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { sealFor, SealedReporterDetails } from '@loket/contracts';
import { RateLimits } from '@loket/http';
import { AutomaticMailReason, automaticMailReason, likelyLanguageOf, locationQuestionOf, MailLanguage, reportTextOf } from '@loket/mail-intake';
import { cleanPhoto } from '../../photos/upload/clean-photo';
import type { UploadedPhoto } from '../../photos/upload/multipart-report.interceptor';
import { SealingKey } from '../../reports/sealing-key';
import { SubmitReportRequest } from '../../reports/submit-report/submit-report.request';
import { SubmissionDoor, SubmitReport } from '../../reports/submit-report/submit-report.use-case';
import { newTrackingCode } from '../../reports/submit-report/tracking-code';
import { MailIntakeSettings, MailReportsAwaitingLocation } from '../awaiting-location/mail-reports-awaiting-location';
import { LocationQuestionSender } from '../location-question/location-question-sender';
import type { ReceivedMail } from '../smtp/received-mail';
import { replyTokenOf } from '../mail-intake.config';
import { ForwardQuestionReply, QuestionReplyTarget, ReplyOutcome } from '../replies/forward-question-reply';
import { MailLocation } from './mail-location';
import { photosOfMail } from './mail-photos';
import { MailRefusal } from './mail-refusal';

/** Where the sender completes a report that waited for its place: `<public url>/melding-aanvullen/<token>`. */
export abstract class CompletionLinks {
  publicUrl!: string;
}

/** What became of a mail: for the door's log and for tests; the sender hears only of `awaiting-location`. */
export type MailOutcome =
  | ReplyOutcome
  | { kind: 'reported'; reportId: string }
  | { kind: 'awaiting-location' }
  | { kind: 'already-received' }
  | { kind: 'ignored'; reason: AutomaticMailReason | 'no-sender' | 'no-text' };

const EMAIL: SubmissionDoor = { channel: 'email', tier: 'anonymous' };
const MAX_NAME_LENGTH = 200;

/**
 * A mail to the loket becomes a report on channel `email`: its text without quoted replies and signature, its photo
 * attachments (cleaned of metadata as any upload), and the first place its text names that the geocoder knows; the
 * category is left to routing's suggester, as when the web form sends none. The sender is the reporter: their
 * address and name go to the feedback service only, sealed, and the sender's address is taken out of the text.
 * A mail that names no known place is held, not routed, and its sender asked (once, in Dutch and English) for the
 * place through a link. A mail from a machine (auto-reply, bounce, list) is never answered and makes no report.
 */
@Injectable()
export class ReceiveMail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly submitReport: SubmitReport,
    private readonly location: MailLocation,
    private readonly awaiting: MailReportsAwaitingLocation,
    private readonly questions: LocationQuestionSender,
    private readonly sealingKey: SealingKey,
    private readonly rateLimits: RateLimits,
    private readonly settings: MailIntakeSettings,
    private readonly links: CompletionLinks,
    private readonly replies: ForwardQuestionReply,
    private readonly replySettings: QuestionReplyTarget,
  ) {}

  async execute(mail: ReceivedMail): Promise<MailOutcome> {
    const automatic = automaticMailReason({ headers: mail.headers, returnPath: mail.returnPath, from: mail.from?.address ?? null, subject: mail.subject });
    if (automatic) return { kind: 'ignored', reason: automatic };
    const sender = mail.from && isEmail(mail.from.address) ? mail.from : null;
    if (!sender) return { kind: 'ignored', reason: 'no-sender' };
    // A reply to a professional's question is an answer, not a report (an auto-reply to it was left out above).
    const replyToken = mail.recipients.map((r) => replyTokenOf(this.replySettings.replyAddress, r)).find((t) => t !== null);
    if (replyToken) return this.replies.execute(replyToken, mail);
    if (await this.awaiting.wasReceived(mail.identity)) return { kind: 'already-received' };
    const description = reportTextOf({
      subject: mail.subject,
      ...(mail.text !== undefined ? { text: mail.text } : {}),
      ...(mail.html !== undefined ? { html: mail.html } : {}),
      senderAddress: sender.address,
    });
    if (!description) return { kind: 'ignored', reason: 'no-text' };
    const language = likelyLanguageOf(description);
    const contact = { email: sender.address, ...(sender.name ? { name: sender.name.slice(0, MAX_NAME_LENGTH) } : {}) };
    const photos = photosOfMail(mail.attachments);
    const place = await this.location.of(description);
    if (!place) return this.holdForLocation(mail, description, language, contact, photos);
    const request = await validRequest({ description, location: { lat: place.lat, lon: place.lon }, contact, language });
    const { reportId } = await this.submitReport.execute(request, undefined, idempotencyKeyOf(mail.identity), photos, EMAIL);
    // After the report's own transaction: a crash in between is covered by the Idempotency-Key derived from the Message-ID.
    await this.awaiting.markReceived(this.dataSource.manager, mail.identity);
    return { kind: 'reported', reportId };
  }

  /**
   * Keeps the report (photos cleaned first: the mail's own bytes are never stored) and asks the sender for the place.
   * The answer goes out inside the transaction: when the relay does not take it, nothing is kept and the mail is
   * refused for now, so it comes again and the sender is asked then; when it was taken, the Message-ID is marked in
   * the same transaction, so a second delivery is never answered again.
   */
  private async holdForLocation(
    mail: ReceivedMail,
    description: string,
    language: MailLanguage,
    contact: { email: string; name?: string },
    photos: readonly UploadedPhoto[],
  ): Promise<MailOutcome> {
    // The answer goes to whatever From says: only so many a day to one address, as receipts, so nobody can use the
    // loket to fill someone else's mailbox.
    const allowance = await this.rateLimits.take('receipts', contact.email);
    if (!allowance.allowed) throw MailRefusal.tooManyFromSender(allowance.refusal ?? 'Too many reports from this address today');
    const cleaned: Buffer[] = [];
    for (const photo of photos) cleaned.push((await cleanPhoto(photo.bytes, photo.name)).data);
    const details: SealedReporterDetails = { trackingCode: newTrackingCode(), contact, consentToContact: true, consentToProfessionalContact: false, language, tier: 'anonymous' };
    const sealedReporter = sealFor(this.sealingKey, details);
    const held = await this.dataSource.transaction(async (tx) => {
      if (!(await this.awaiting.markReceived(tx, mail.identity))) return false;
      const token = await this.awaiting.hold(tx, randomUUID(), { description, language, sealedReporter, receivedAt: mail.receivedAt, photos: cleaned });
      const question = locationQuestionOf({
        link: `${this.links.publicUrl}/melding-aanvullen/${token}`,
        description,
        days: this.settings.locationDays,
        originalSubject: mail.subject,
        language,
      });
      const inReplyTo = mail.identity.startsWith('<') ? { inReplyTo: mail.identity } : {};
      await this.questions.send({ ...question, to: contact.email, language, ...inReplyTo });
      return true;
    });
    return held ? { kind: 'awaiting-location' } : { kind: 'already-received' };
  }
}

/** The Idempotency-Key of the report a mail makes: the same Message-ID delivered again is the same report. */
function idempotencyKeyOf(identity: string): string {
  return `mail:${createHash('sha256').update(identity).digest('hex')}`;
}

/** The report as the web form's edge would check it: a mail is outside input like any request. */
async function validRequest(plain: Record<string, unknown>): Promise<SubmitReportRequest> {
  const request = plainToInstance(SubmitReportRequest, plain);
  const errors = await validate(request, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw MailRefusal.notAReport(`the mail cannot be read as a report (${errors.map((e) => e.property).join(', ')})`);
  return request;
}
