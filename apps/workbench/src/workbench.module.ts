import { Module } from '@nestjs/common';
import { AuthModule } from '@loket/auth';
import { HttpPlatformModule } from '@loket/http';
import { MessagingModule } from '@loket/messaging';
import { PersistenceModule } from '@loket/persistence';
import { AddNote } from './cases/add-note/add-note.use-case';
import { CaseAccess } from './cases/case-access';
import { CasesController } from './cases/cases.controller';
import { ChangeStatus } from './cases/change-status/change-status.use-case';
import { LifecycleSettings } from './cases/lifecycle-settings';
import { ListCases } from './cases/list-cases/list-cases.use-case';
import { RecordReportWhenReportLinked } from './cases/link-report/record-report-when-report-linked.handler';
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
import { SERVICE, WorkbenchConfig } from './workbench.config';
import { WorkbenchEventsController } from './workbench-events.controller';
import { FeedbackClient, FeedbackSettings, HttpFeedbackClient } from './cases/preview-note/feedback-client';
import { NotePreviewsController } from './cases/preview-note/note-previews.controller';
import { PreviewNote } from './cases/preview-note/preview-note.use-case';

export function workbenchModule(config: WorkbenchConfig) {
  @Module({
    imports: [
      HttpPlatformModule.forService(SERVICE),
      PersistenceModule.forService(config.database, WORKBENCH_SCHEMA),
      MessagingModule.forService(config.messaging),
      AuthModule.forRoot(config.auth),
    ],
    controllers: [WorkbenchEventsController, CasesController, NotePreviewsController],
    providers: [
      { provide: Clock, useClass: SystemClock },
      { provide: LifecycleSettings, useValue: config.lifecycle },
      { provide: CaseRepository, useClass: TypeormCaseRepository },
      { provide: CaseJournal, useClass: TypeormCaseJournal },
      { provide: CaseReferrals, useClass: TypeormCaseReferrals },
      ReassignCaseWhenCaseReassigned,
      CaseAccess,
      RecordCaseWhenCaseOpened,
      RecordReportWhenReportLinked,
      MoveReportWhenReportUnlinked,
      MergeCaseWhenCasesMerged,
      ListCases,
      ShowCase,
      ChangeStatus,
      AddNote,
      // note previews, from the feedback service
      { provide: FeedbackSettings, useValue: config.feedback },
      { provide: FeedbackClient, useClass: HttpFeedbackClient },
      PreviewNote,
    ],
  })
  class WorkbenchModule {}
  return WorkbenchModule;
}
