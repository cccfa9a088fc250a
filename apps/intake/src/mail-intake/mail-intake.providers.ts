import { Provider } from '@nestjs/common';
import { ForgetExpiredMailReports } from './awaiting-location/forget-expired-mail-reports';
import { MailIntakeSettings, MailReportsAwaitingLocation } from './awaiting-location/mail-reports-awaiting-location';
import { CompleteMailReport } from './complete-report/complete-mail-report.use-case';
import { LocationQuestionSender, SmtpLocationQuestionSender } from './location-question/location-question-sender';
import { MailIntakeConfig } from './mail-intake.config';
import { MailLocation } from './receive-mail/mail-location';
import { CompletionLinks, ReceiveMail } from './receive-mail/receive-mail.use-case';
import { ForwardQuestionReply, QuestionReplyTarget } from './replies/forward-question-reply';
import { SmtpDoorSettings, SmtpMailDoor } from './smtp/smtp-mail-door';

/**
 * The mail door's parts. Completing and forgetting waiting reports is always there (reports may still wait after the
 * door was closed); the SMTP listener and what it needs only with `LOKET_MAIL_INTAKE=smtp`.
 */
export function mailIntakeProviders(config: MailIntakeConfig, hashKey: string): Provider[] {
  const always: Provider[] = [
    { provide: MailIntakeSettings, useValue: { hashKey, locationDays: config.locationDays } },
    MailReportsAwaitingLocation,
    ForgetExpiredMailReports,
    CompleteMailReport,
  ];
  if (config.door === 'off') return always;
  return [
    ...always,
    { provide: CompletionLinks, useValue: { publicUrl: config.publicUrl } },
    { provide: LocationQuestionSender, useFactory: () => new SmtpLocationQuestionSender(config.relay) },
    MailLocation,
    ReceiveMail,
    { provide: QuestionReplyTarget, useValue: { replyAddress: config.replies.address, feedbackUrl: config.replies.feedbackUrl, timeoutMs: config.replies.timeoutMs } },
    ForwardQuestionReply,
    {
      provide: SmtpDoorSettings,
      useValue: { host: config.host, port: config.port, maxBytes: config.maxBytes, recipients: config.recipients, replyAddress: config.replies.address },
    },
    SmtpMailDoor,
  ];
}
