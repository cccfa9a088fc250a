import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import {
  CaseMerged,
  CaseOpened,
  CaseReassigned,
  CaseReportLinked,
  CaseReportUnlinked,
  CaseStatusChanged,
  FeedbackDelivered,
  FeedbackReopenRequested,
  FeedbackSatisfactionRecorded,
  ReporterForgotten,
  ReporterQuestionAnswered,
  Topics,
} from '@loket/contracts';
import { EventConsumer } from '@loket/messaging';
import { RecordAnswerWhenReporterAnswered } from './cases/ask-reporter/record-answer-when-reporter-answered.handler';
import { RecordReportWhenReportLinked } from './cases/link-report/record-report-when-report-linked.handler';
import { MergeCaseWhenCasesMerged } from './cases/correct-links/merge-case-when-cases-merged.handler';
import { MoveReportWhenReportUnlinked } from './cases/correct-links/move-report-when-report-unlinked.handler';
import { RecordCaseWhenCaseOpened } from './cases/open-case/record-case-when-case-opened.handler';
import { ReassignCaseWhenCaseReassigned } from './cases/referral/reassign-case-when-case-reassigned.handler';
import { ForgetReportWhenReporterForgotten } from './forgetting/forget-report-when-reporter-forgotten.handler';
import { RecordReopenRequestWhenReopenRequested } from './triage/record-reopen-request-when-reopen-requested.handler';
import { InsightsProjection } from './insights/projection/insights-projection';
import { QueueWebhooksWhenCaseChanged } from './webhooks/queue/queue-webhooks-when-case-changed.handler';

/** Everything the workbench hears from Kafka, each event handed to the one handler named for its reaction. */
@Controller()
export class WorkbenchEventsController {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly recordCase: RecordCaseWhenCaseOpened,
    private readonly recordReport: RecordReportWhenReportLinked,
    private readonly moveUnlinkedReport: MoveReportWhenReportUnlinked,
    private readonly mergeCase: MergeCaseWhenCasesMerged,
    private readonly reassignCase: ReassignCaseWhenCaseReassigned,
    private readonly recordReopenRequest: RecordReopenRequestWhenReopenRequested,
    private readonly insights: InsightsProjection,
    private readonly webhooks: QueueWebhooksWhenCaseChanged,
    private readonly recordAnswer: RecordAnswerWhenReporterAnswered,
    private readonly forgetReport: ForgetReportWhenReporterForgotten,
  ) {}

  @EventPattern(Topics.CaseOpenedV1)
  onCaseOpened(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseOpened, data, ctx, async (event, tx, envelope) => {
      await this.recordCase.handle(event, tx);
      await this.insights.caseOpened.handle(event, tx);
      await this.webhooks.caseOpened(event, tx, envelope);
    });
  }

  @EventPattern(Topics.CaseReportLinkedV1)
  onReportLinked(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReportLinked, data, ctx, async (event, tx, envelope) => {
      await this.recordReport.handle(event, tx);
      await this.insights.reportLinked.handle(event, tx);
      await this.webhooks.reportLinked(event, tx, envelope);
    });
  }

  @EventPattern(Topics.CaseReportUnlinkedV1)
  onReportUnlinked(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReportUnlinked, data, ctx, (event, tx) => this.moveUnlinkedReport.handle(event, tx));
  }

  @EventPattern(Topics.CaseMergedV1)
  onCasesMerged(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseMerged, data, ctx, async (event, tx) => {
      await this.mergeCase.handle(event, tx);
      await this.insights.casesMerged.handle(event, tx);
    });
  }

  @EventPattern(Topics.CaseReassignedV1)
  onCaseReassigned(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReassigned, data, ctx, async (event, tx, envelope) => {
      await this.reassignCase.handle(event, tx);
      await this.webhooks.reassigned(event, tx, envelope);
    });
  }

  // Insights and webhooks (the workbench's own status changes come back through Kafka like any other event,
  // so only committed ones are projected and sent).
  @EventPattern(Topics.CaseStatusChangedV1)
  onStatusChanged(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseStatusChanged, data, ctx, async (event, tx, envelope) => {
      await this.insights.statusChanged.handle(event, tx);
      await this.webhooks.statusChanged(event, tx, envelope);
    });
  }

  @EventPattern(Topics.ReporterQuestionAnsweredV1)
  onQuestionAnswered(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(ReporterQuestionAnswered, data, ctx, (event, tx) => this.recordAnswer.handle(event, tx));
  }

  @EventPattern(Topics.FeedbackDeliveredV1)
  onFeedbackDelivered(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(FeedbackDelivered, data, ctx, (event, tx) => this.insights.feedbackDelivered.handle(event, tx));
  }

  @EventPattern(Topics.FeedbackSatisfactionRecordedV1)
  onSatisfactionRecorded(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(FeedbackSatisfactionRecorded, data, ctx, (event, tx) => this.insights.satisfactionRecorded.handle(event, tx));
  }

  /** One handler per topic (one inbox entry per event): the triage queue and insights both react here. */
  @EventPattern(Topics.FeedbackReopenRequestedV1)
  onReopenRequested(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(FeedbackReopenRequested, data, ctx, async (event, tx) => {
      await this.recordReopenRequest.handle(event, tx);
      await this.insights.reopenRequested.handle(event, tx);
    });
  }

  @EventPattern(Topics.ReporterForgottenV1)
  onReporterForgotten(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(ReporterForgotten, data, ctx, (event, tx) => this.forgetReport.handle(event, tx));
  }
}
