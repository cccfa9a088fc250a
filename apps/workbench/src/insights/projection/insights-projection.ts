import { Injectable } from '@nestjs/common';
import { ProjectAnswerWhenSatisfactionRecorded } from './project-answer-when-satisfaction-recorded.handler';
import { ProjectCaseWhenCaseOpened } from './project-case-when-case-opened.handler';
import { ProjectDeliveryWhenFeedbackDelivered } from './project-delivery-when-feedback-delivered.handler';
import { ProjectMergeWhenCasesMerged } from './project-merge-when-cases-merged.handler';
import { ProjectMilestoneWhenStatusChanged } from './project-milestone-when-status-changed.handler';
import { ProjectReopenRequestWhenReopenRequested } from './project-reopen-request-when-reopen-requested.handler';
import { ProjectReportWhenReportLinked } from './project-report-when-report-linked.handler';

/**
 * The insights projection's handlers, one per event, handed to the events controller together. Each runs
 * inside the consumer's transaction with its inbox entry (a redelivered event changes nothing); where the
 * workbench already reacts to an event (case opened, report linked, cases merged), it runs after that reaction, in the
 * same transaction.
 */
@Injectable()
export class InsightsProjection {
  constructor(
    readonly caseOpened: ProjectCaseWhenCaseOpened,
    readonly reportLinked: ProjectReportWhenReportLinked,
    readonly statusChanged: ProjectMilestoneWhenStatusChanged,
    readonly feedbackDelivered: ProjectDeliveryWhenFeedbackDelivered,
    readonly satisfactionRecorded: ProjectAnswerWhenSatisfactionRecorded,
    readonly reopenRequested: ProjectReopenRequestWhenReopenRequested,
    readonly casesMerged: ProjectMergeWhenCasesMerged,
  ) {}
}

export const INSIGHTS_PROJECTION_PROVIDERS = [
  InsightsProjection,
  ProjectCaseWhenCaseOpened,
  ProjectReportWhenReportLinked,
  ProjectMilestoneWhenStatusChanged,
  ProjectDeliveryWhenFeedbackDelivered,
  ProjectAnswerWhenSatisfactionRecorded,
  ProjectReopenRequestWhenReopenRequested,
  ProjectMergeWhenCasesMerged,
];
