import { Module } from '@nestjs/common';
import { ApplyRetention, RetentionSettings } from './retention/apply-retention.use-case';
import { RetentionSchedule, RetentionScheduleSettings } from './retention/retention-schedule';
import { AuthModule } from '@loket/auth';
import { HttpPlatformModule } from '@loket/http';
import { DeadLettersModule, MessagingModule } from '@loket/messaging';
import { PersistenceModule, rateLimitProviders } from '@loket/persistence';
import { CaseDirectory } from './case-links/case-directory';
import { LinkReporterWhenCaseOpened } from './case-links/link-reporter-when-case-opened.handler';
import { LinkReporterWhenReportLinked } from './case-links/link-reporter-when-report-linked.handler';
import { MoveReporterWhenReportUnlinked } from './case-links/move-reporter-when-report-unlinked.handler';
import { MoveReportersWhenCasesMerged } from './case-links/move-reporters-when-cases-merged.handler';
import { FieldCipher } from './crypto/field-cipher';
import { SealingPrivateKeys } from './crypto/sealed-details-opener';
import { FEEDBACK_SCHEMA } from './database/feedback.schema';
import { DeliverNextMessage, DeliverySettings } from './delivery/deliver-next-message';
import { DeliveryLoopSettings, DeliveryWorker } from './delivery/delivery-worker';
import { DeliveryWakeUp } from './delivery/delivery-wake-up';
import { MailSender, MailSettings, SmtpMailSender } from './delivery/mail-sender';
import { FeedbackConfig, SERVICE } from './feedback.config';
import { FeedbackEventsController } from './feedback-events.controller';
import { CatchUpReporter } from './messages/catch-up-reporter';
import { ReceiptCodeKeeper } from './reporters/receipt-code-keeper';
import { DisclosurePolicy } from './messages/disclosure-policy';
import { MessageTextCipher } from './messages/message-text';
import { MessageBook } from './messages/message-book';
import { NotifyReportersWhenCaseStatusChanged } from './messages/notify-reporters-when-case-status-changed.handler';
import { NotifyReportersWhenReporterNoteAdded } from './messages/notify-reporters-when-reporter-note-added.handler';
import { AnswerQuestion } from './questions/answer-question.use-case';
import { QuestionRepliesController } from './questions/question-replies.controller';
import { QuestionReplyAddresses, QuestionReplySettings } from './questions/question-reply-addresses';
import { AskReportersWhenQuestionAsked } from './questions/ask-reporters-when-question-asked.handler';
import { ReporterQuestions } from './questions/reporter-questions';
import { ContactDetailsVault } from './reporters/contact-details';
import { RegisterReporterWhenContactSubmitted } from './reporters/register-reporter-when-contact-submitted.handler';
import { SubjectKeys } from './reporters/subject-keys';
import { DigestSubscriptions, DigestTokenKey } from './neighbourhood-digest/digest-subscriptions';
import { DigestUnsubscribeController, MyDigestController } from './neighbourhood-digest/neighbourhood-digest.controller';
import { NeighbourhoodNewsSource, RoutingNeighbourhoodNews } from './neighbourhood-digest/neighbourhood-news';
import { DigestSettings, SendNeighbourhoodDigests } from './neighbourhood-digest/send-neighbourhood-digests.job';
import { MyReportsController } from './my-reports/my-reports.controller';
import { MyReports } from './my-reports/my-reports.use-case';
import { PrivacyFacts, PrivacyFactsController } from './privacy/privacy-facts.controller';
import { ReporterDirectory } from './reporters/reporter-directory';
import { TrackReport } from './tracking/track-report.use-case';
import { TrackingController } from './tracking/tracking.controller';
import { ActiveDisclosurePolicy, PolicyRefreshSettings } from './disclosure-admin/active-disclosure-policy';
import { DisclosurePolicyAdminController } from './disclosure-admin/disclosure-policy-admin.controller';
import { PolicyVersions, TypeOrmPolicyVersions } from './disclosure-admin/policy-versions';
import { PreviewTemplate } from './disclosure-admin/preview-template.use-case';
import { PublishPolicyVersion } from './disclosure-admin/publish-policy-version.use-case';
import { ShowPolicyVersions } from './disclosure-admin/show-policy-versions.use-case';
import { PreviewReporterNote } from './note-previews/preview-reporter-note.use-case';
import { ReporterNotePreviewsController } from './note-previews/reporter-note-previews.controller';
import { FollowCaseWhenReassigned } from './case-links/follow-case-when-reassigned.handler';
import { CaseAccess } from './contact-reads/case-access';
import { ContactDetailsController } from './contact-reads/contact-details.controller';
import { ContactReadLog } from './contact-reads/contact-read-log';
import { ListCaseReporters } from './contact-reads/list-case-reporters.query';
import { QueryContactReads } from './contact-reads/query-contact-reads.query';
import { RequestContactDetails } from './contact-reads/request-contact-details.use-case';
import { LinkKey, LinkTokens } from './crypto/link-token';
import { DataLinkSettings, RequestDataLink } from './reporter-links/request-data-link.use-case';
import { ChangePreferences } from './reporter-links/change-preferences.use-case';
import { EraseReporter } from './reporter-links/erase-reporter.use-case';
import { ExportReporterData } from './reporter-links/export-reporter-data.use-case';
import { ReporterLinkSettings, ReporterLinks } from './reporter-links/reporter-links';
import { ReporterLinksController } from './reporter-links/reporter-links.controller';
import { RecordSatisfaction } from './satisfaction/record-satisfaction.use-case';
import { SatisfactionController } from './satisfaction/satisfaction.controller';

export function feedbackModule(config: FeedbackConfig) {
  @Module({
    imports: [
      HttpPlatformModule.forService(SERVICE),
      PersistenceModule.forService(config.database, FEEDBACK_SCHEMA),
      MessagingModule.forService(config.messaging),
      AuthModule.forRoot(config.auth),
      DeadLettersModule.forService({ messaging: config.messaging }),
    ],
    controllers: [
      FeedbackEventsController, TrackingController, DisclosurePolicyAdminController, ReporterNotePreviewsController,
      ReporterLinksController, SatisfactionController, ContactDetailsController, MyReportsController, PrivacyFactsController,
      MyDigestController, DigestUnsubscribeController, QuestionRepliesController,
    ],
    providers: [
      // retention
      { provide: RetentionSettings, useValue: { days: config.retention.days } },
      { provide: RetentionScheduleSettings, useValue: { intervalMs: config.retention.intervalMs } },
      ApplyRetention,
      RetentionSchedule,
      // crypto
      { provide: FieldCipher, useValue: new FieldCipher(config.dataKeys) },
      { provide: SealingPrivateKeys, useValue: { byKid: config.sealingPrivateKeys } },
      // reporters and cases
      ContactDetailsVault,
      ReporterDirectory,
      CaseDirectory,
      RegisterReporterWhenContactSubmitted,
      LinkReporterWhenCaseOpened,
      LinkReporterWhenReportLinked,
      MoveReporterWhenReportUnlinked,
      MoveReportersWhenCasesMerged,
      // messages
      // disclosure policy: administrators' versions, the newest in force
      { provide: PolicyVersions, useClass: TypeOrmPolicyVersions },
      { provide: PolicyRefreshSettings, useValue: { intervalMs: 10_000 } },
      ActiveDisclosurePolicy,
      { provide: DisclosurePolicy, useExisting: ActiveDisclosurePolicy },
      ShowPolicyVersions,
      PublishPolicyVersion,
      PreviewTemplate,
      PreviewReporterNote,
      MessageTextCipher,
      MessageBook,
      CatchUpReporter,
      ReceiptCodeKeeper,
      NotifyReportersWhenCaseStatusChanged,
      NotifyReportersWhenReporterNoteAdded,
      ReporterQuestions,
      AskReportersWhenQuestionAsked,
      AnswerQuestion,
      { provide: QuestionReplySettings, useValue: { replyAddress: config.questionReplyAddress, hashKey: config.hashKey } },
      QuestionReplyAddresses,
      // delivery
      { provide: MailSettings, useValue: { ...config.mail, connections: config.delivery.concurrency } },
      { provide: MailSender, useClass: SmtpMailSender },
      { provide: DeliverySettings, useValue: { baseMs: config.delivery.retryBaseMs, maxMs: config.delivery.retryMaxMs, maxRejections: config.delivery.maxRejections, inDoubtAfterMs: Math.max(config.delivery.inDoubtAfterMs, 3 * config.mail.timeoutMs) } },
      { provide: DeliveryLoopSettings, useValue: { pollIntervalMs: config.delivery.pollIntervalMs, batchSize: config.delivery.batchSize, concurrency: config.delivery.concurrency } },
      DeliverNextMessage,
      DeliveryWorker,
      DeliveryWakeUp,
      // tracking
      ...rateLimitProviders(
        { tracking: { limit: config.tracking.requestsPerMinute, windowMs: 60_000, refusal: 'Too many tracking look-ups from your address; try again later' } },
        config.hashKey,
      ),
      TrackReport,
      // "my reports" of signed-in reporters; the periods the privacy statement names
      { provide: SubjectKeys, useValue: new SubjectKeys(config.hashKey) },
      { provide: DigestTokenKey, useValue: { hashKey: config.hashKey } },
      { provide: NeighbourhoodNewsSource, useValue: new RoutingNeighbourhoodNews(config.routing) },
      { provide: DigestSettings, useValue: { checkEveryMs: config.digests.checkEveryMs, publicUrl: config.publicUrl } },
      DigestSubscriptions,
      SendNeighbourhoodDigests,
      MyReports,
      {
        provide: PrivacyFacts,
        useValue: { contactRetentionDays: config.retention.days, manageLinkDays: config.links.manageTtlDays, dataLinkMinutes: config.links.dataLinkTtlMinutes },
      },
      // reporter links, satisfaction, audited contact-detail reads
      { provide: LinkTokens, useValue: linkTokensFrom(config.links) },
      { provide: DataLinkSettings, useValue: { dataLinkTtlMinutes: config.links.dataLinkTtlMinutes, manageTtlDays: config.links.manageTtlDays, requestsPerHour: config.links.dataLinkRequestsPerHour } },
      RequestDataLink,
      { provide: ReporterLinkSettings, useValue: { publicUrl: config.publicUrl } },
      ReporterLinks,
      ChangePreferences,
      ExportReporterData,
      EraseReporter,
      RecordSatisfaction,
      FollowCaseWhenReassigned,
      CaseAccess,
      ContactReadLog,
      ListCaseReporters,
      RequestContactDetails,
      QueryContactReads,
    ],
  })
  class FeedbackModule {}
  return FeedbackModule;
}

/** The link keys (the current one signs, earlier ones still verify) and each purpose's lifetime. */
function linkTokensFrom(links: FeedbackConfig['links']): LinkTokens {
  return new LinkTokens(
    new LinkKey(links.secret),
    { manage: links.manageTtlDays * 86_400_000, export: links.dataLinkTtlMinutes * 60_000, erase: links.dataLinkTtlMinutes * 60_000 },
    links.previousSecrets.map((secret) => new LinkKey(secret)),
  );
}
