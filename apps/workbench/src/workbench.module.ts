import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuthModule } from '@loket/auth';
import { HttpPlatformModule } from '@loket/http';
import { DeadLettersModule, MessagingModule } from '@loket/messaging';
import { PersistenceModule } from '@loket/persistence';
import { AgencySignal, AGENCY_SIGNAL_CONFIG } from './agencies/agency-signal';
import { CaseAddresses } from './agencies/case-addresses';
import { TypeormCaseAddresses } from './agencies/typeorm-case-addresses';
import { AuditModule } from './audit/audit.module';
import { DeadLetterResolutionsInAuditLog } from './dead-letters/dead-letter-resolutions-in-audit-log';
import { AddNote } from './cases/add-note/add-note.use-case';
import { CaseAccess } from './cases/case-access';
import { CasesController } from './cases/cases.controller';
import { ChangeStatus } from './cases/change-status/change-status.use-case';
import { LifecycleSettings } from './cases/lifecycle-settings';
import { ListCases } from './cases/list-cases/list-cases.use-case';
import { CountCases } from './cases/count-cases/count-cases.use-case';
import { ListTeamMembers } from './cases/team-members/list-team-members.use-case';
import { RecordReportWhenReportLinked } from './cases/link-report/record-report-when-report-linked.handler';
import { ReopenCaseForNewReport } from './cases/link-report/reopen-case-for-new-report';
import { MergeCaseWhenCasesMerged } from './cases/correct-links/merge-case-when-cases-merged.handler';
import { MoveReportWhenReportUnlinked } from './cases/correct-links/move-report-when-report-unlinked.handler';
import { RecordCaseWhenCaseOpened } from './cases/open-case/record-case-when-case-opened.handler';
import { CaseJournal } from './cases/persistence/case-journal';
import { CaseRepository } from './cases/persistence/case-repository';
import { TypeormCaseJournal } from './cases/persistence/typeorm-case-journal';
import { TypeormCaseRepository } from './cases/persistence/typeorm-case-repository';
import { ShowCase } from './cases/show-case/show-case.use-case';
import { CaseReferrals } from './cases/referral/case-referrals';
import { ReassignCaseWhenCaseReassigned } from './cases/referral/reassign-case-when-case-reassigned.handler';
import { TypeormCaseReferrals } from './cases/referral/typeorm-case-referrals';
import { Clock, SystemClock } from './clock';
import { WORKBENCH_SCHEMA } from './database/workbench.schema';
import { SlaPlanner } from './sla/sla-planner';
import { SlaAlarms } from './sla/watch-sla/sla-alarms';
import { SlaWatchSettings } from './sla/watch-sla/sla-watch-settings';
import { TypeormSlaAlarms } from './sla/watch-sla/typeorm-sla-alarms';
import { WatchSla } from './sla/watch-sla/watch-sla.job';
import { InsightsController } from './insights/insights.controller';
import { InsightStore } from './insights/projection/insight-store';
import { INSIGHTS_PROJECTION_PROVIDERS } from './insights/projection/insights-projection';
import { TypeormInsightStore } from './insights/projection/typeorm-insight-store';
import { ShowInsights } from './insights/show-insights/show-insights.use-case';
import { SERVICE, WorkbenchConfig } from './workbench.config';
import { WorkbenchEventsController } from './workbench-events.controller';
import { HandOver } from './cases/handover/hand-over.use-case';
import { QueueSettings } from './cases/list-cases/queue-settings';
import { ProfessionalDirectory } from './directory/professional-directory';
import { RecordProfessionalInterceptor } from './directory/record-professional.interceptor';
import { TeamMembership } from './directory/team-membership';
import { TypeormProfessionalDirectory } from './directory/typeorm-professional-directory';
import { DeclineReopenRequest } from './triage/decide-reopen-request/decline-reopen-request.use-case';
import { GrantReopenRequest } from './triage/decide-reopen-request/grant-reopen-request.use-case';
import { RecordReopenRequestWhenReopenRequested } from './triage/record-reopen-request-when-reopen-requested.handler';
import { ReopenRequests } from './triage/reopen-requests';
import { ReopenRequestsController } from './triage/reopen-requests.controller';
import { TypeormReopenRequests } from './triage/typeorm-reopen-requests';
import { FeedbackClient, FeedbackSettings, HttpFeedbackClient } from './cases/preview-note/feedback-client';
import { NotePreviewsController } from './cases/preview-note/note-previews.controller';
import { PreviewNote } from './cases/preview-note/preview-note.use-case';
import { CasePhotosController } from './cases/show-photo/case-photos.controller';
import { HttpIntakePhotos, IntakePhotos, PhotoSettings } from './cases/show-photo/intake-photos';
import { ShowPhoto } from './cases/show-photo/show-photo.use-case';
import { CaseChanges, TypeormCaseChanges } from './cases/watch-changes/case-changes';
import { WatchCaseChanges } from './cases/watch-changes/watch-case-changes.use-case';
import { CaseRepliesController } from './ready-made-replies/case-replies.controller';
import { PublishReplyLibrary } from './ready-made-replies/publish-reply-library.use-case';
import { ReplyLibraryAdminController } from './ready-made-replies/ready-made-replies.controller';
import { ReplyLibraryVersions, TypeormReplyLibraryVersions } from './ready-made-replies/reply-library-versions';
import { ShowReplyLibrary } from './ready-made-replies/show-reply-library.use-case';
import { webhookProviders } from './webhooks/webhook-providers';
import { WebhookSubscriptionsController } from './webhooks/webhook-subscriptions.controller';

/** `clock`: where the workbench takes the time from; tests pass one they control. */
import { AskReporter } from './cases/ask-reporter/ask-reporter.use-case';
import { CaseGoesOn } from './cases/ask-reporter/case-goes-on';
import { RecordAnswerWhenReporterAnswered } from './cases/ask-reporter/record-answer-when-reporter-answered.handler';
import { ForgetReportWhenReporterForgotten } from './forgetting/forget-report-when-reporter-forgotten.handler';
import { ReporterQuestionsController } from './cases/ask-reporter/reporter-questions.controller';
import { ReporterQuestions } from './cases/ask-reporter/reporter-questions';
import { QuestionSettings, ResumeUnansweredCases } from './cases/ask-reporter/resume-unanswered-cases.job';

export function workbenchModule(config: WorkbenchConfig, options: { clock?: Clock } = {}) {
  const audit = AuditModule.withAnchors(config.auditAnchors);
  @Module({
    imports: [
      HttpPlatformModule.forService(SERVICE),
      PersistenceModule.forService(config.database, WORKBENCH_SCHEMA),
      MessagingModule.forService(config.messaging),
      AuthModule.forRoot(config.auth),
      audit,
      DeadLettersModule.forService({ audit: DeadLetterResolutionsInAuditLog, imports: [audit], messaging: config.messaging }),
    ],
    controllers: [WorkbenchEventsController, CasesController, ReporterQuestionsController, CaseRepliesController, ReplyLibraryAdminController, ReopenRequestsController, InsightsController, NotePreviewsController, CasePhotosController, WebhookSubscriptionsController],
    providers: [
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      { provide: LifecycleSettings, useValue: config.lifecycle },
      { provide: QuestionSettings, useValue: config.questions },
      { provide: CaseRepository, useClass: TypeormCaseRepository },
      { provide: PhotoSettings, useValue: config.photos },
      { provide: IntakePhotos, useClass: HttpIntakePhotos },
      ShowPhoto,
      { provide: CaseJournal, useClass: TypeormCaseJournal },
      { provide: CaseReferrals, useClass: TypeormCaseReferrals },
      { provide: AGENCY_SIGNAL_CONFIG, useValue: config.agencySignal },
      { provide: CaseAddresses, useClass: TypeormCaseAddresses },
      AgencySignal,
      ReassignCaseWhenCaseReassigned,
      CaseAccess,
      RecordCaseWhenCaseOpened,
      RecordReportWhenReportLinked,
      ReopenCaseForNewReport,
      MoveReportWhenReportUnlinked,
      MergeCaseWhenCasesMerged,
      ListCases,
      CountCases,
      ListTeamMembers,
      ShowCase,
      ChangeStatus,
      AddNote,
      AskReporter,
      ReporterQuestions,
      CaseGoesOn,
      RecordAnswerWhenReporterAnswered,
      ForgetReportWhenReporterForgotten,
      ResumeUnansweredCases,
      { provide: SlaPlanner, useValue: new SlaPlanner(config.sla) },
      { provide: SlaWatchSettings, useValue: config.sla },
      { provide: SlaAlarms, useClass: TypeormSlaAlarms },
      WatchSla,
      // Queues, triage and assignment
      { provide: QueueSettings, useValue: config.queues },
      { provide: ProfessionalDirectory, useClass: TypeormProfessionalDirectory },
      { provide: ReopenRequests, useClass: TypeormReopenRequests },
      { provide: APP_INTERCEPTOR, useClass: RecordProfessionalInterceptor },
      TeamMembership,
      HandOver,
      RecordReopenRequestWhenReopenRequested,
      GrantReopenRequest,
      DeclineReopenRequest,
      { provide: InsightStore, useClass: TypeormInsightStore },
      ...INSIGHTS_PROJECTION_PROVIDERS,
      ShowInsights,
      // note previews, from the feedback service
      { provide: FeedbackSettings, useValue: config.feedback },
      { provide: FeedbackClient, useClass: HttpFeedbackClient },
      PreviewNote,
      // queue change signal
      { provide: CaseChanges, useClass: TypeormCaseChanges },
      WatchCaseChanges,
      // ready-made replies
      { provide: ReplyLibraryVersions, useClass: TypeormReplyLibraryVersions },
      ShowReplyLibrary,
      PublishReplyLibrary,
      // outgoing webhooks to other systems
      ...webhookProviders(config.webhooks),
    ],
  })
  class WorkbenchModule {}
  return WorkbenchModule;
}
