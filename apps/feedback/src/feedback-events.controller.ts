import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import {
  CaseMerged, CaseOpened, CaseReassigned, CaseReportLinked, CaseReportUnlinked, CaseReporterNoteAdded, CaseReporterQuestionAsked, CaseStatusChanged, ReporterContactSubmitted, Topics,
} from '@loket/contracts';
import { EventConsumer } from '@loket/messaging';
import { FollowCaseWhenReassigned } from './case-links/follow-case-when-reassigned.handler';
import { LinkReporterWhenCaseOpened } from './case-links/link-reporter-when-case-opened.handler';
import { LinkReporterWhenReportLinked } from './case-links/link-reporter-when-report-linked.handler';
import { MoveReporterWhenReportUnlinked } from './case-links/move-reporter-when-report-unlinked.handler';
import { MoveReportersWhenCasesMerged } from './case-links/move-reporters-when-cases-merged.handler';
import { NotifyReportersWhenCaseStatusChanged } from './messages/notify-reporters-when-case-status-changed.handler';
import { NotifyReportersWhenReporterNoteAdded } from './messages/notify-reporters-when-reporter-note-added.handler';
import { AskReportersWhenQuestionAsked } from './questions/ask-reporters-when-question-asked.handler';
import { RegisterReporterWhenContactSubmitted } from './reporters/register-reporter-when-contact-submitted.handler';

/**
 * Everything feedback hears from Kafka, each event handed to the one handler named for its reaction.
 * Handlers get the envelope: its id is the trigger that keeps a redelivered event from sending twice.
 */
@Controller()
export class FeedbackEventsController {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly registerReporter: RegisterReporterWhenContactSubmitted,
    private readonly linkReporter: LinkReporterWhenCaseOpened,
    private readonly linkLinkedReporter: LinkReporterWhenReportLinked,
    private readonly moveUnlinkedReporter: MoveReporterWhenReportUnlinked,
    private readonly moveMergedReporters: MoveReportersWhenCasesMerged,
    private readonly notifyOfStatus: NotifyReportersWhenCaseStatusChanged,
    private readonly notifyOfNote: NotifyReportersWhenReporterNoteAdded,
    private readonly followReassignment: FollowCaseWhenReassigned,
    private readonly askReporters: AskReportersWhenQuestionAsked,
  ) {}

  @EventPattern(Topics.ReporterContactSubmittedV1)
  onReporterContactSubmitted(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(ReporterContactSubmitted, data, ctx, (_, tx, event) => this.registerReporter.handle(event, tx));
  }

  @EventPattern(Topics.CaseOpenedV1)
  onCaseOpened(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseOpened, data, ctx, (_, tx, event) => this.linkReporter.handle(event, tx));
  }

  @EventPattern(Topics.CaseReportLinkedV1)
  onCaseReportLinked(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReportLinked, data, ctx, (_, tx, event) => this.linkLinkedReporter.handle(event, tx));
  }

  @EventPattern(Topics.CaseReportUnlinkedV1)
  onCaseReportUnlinked(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReportUnlinked, data, ctx, (_, tx, event) => this.moveUnlinkedReporter.handle(event, tx));
  }

  @EventPattern(Topics.CaseMergedV1)
  onCasesMerged(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseMerged, data, ctx, (_, tx, event) => this.moveMergedReporters.handle(event, tx));
  }

  @EventPattern(Topics.CaseStatusChangedV1)
  onCaseStatusChanged(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseStatusChanged, data, ctx, (_, tx, event) => this.notifyOfStatus.handle(event, tx));
  }

  @EventPattern(Topics.CaseReporterNoteAddedV1)
  onCaseReporterNoteAdded(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReporterNoteAdded, data, ctx, (_, tx, event) => this.notifyOfNote.handle(event, tx));
  }

  @EventPattern(Topics.CaseReporterQuestionAskedV1)
  onCaseReporterQuestionAsked(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReporterQuestionAsked, data, ctx, (_, tx, event) => this.askReporters.handle(event, tx));
  }

  @EventPattern(Topics.CaseReassignedV1)
  onCaseReassigned(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReassigned, data, ctx, (_, tx, event) => this.followReassignment.handle(event, tx));
  }
}
