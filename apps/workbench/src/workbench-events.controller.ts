import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import {
  CaseMerged,
  CaseOpened,
  CaseReassigned,
  CaseReportLinked,
  CaseReportUnlinked,
  FeedbackReopenRequested,
  Topics,
} from '@loket/contracts';
import { EventConsumer } from '@loket/messaging';
import { RecordReportWhenReportLinked } from './cases/link-report/record-report-when-report-linked.handler';
import { MergeCaseWhenCasesMerged } from './cases/correct-links/merge-case-when-cases-merged.handler';
import { MoveReportWhenReportUnlinked } from './cases/correct-links/move-report-when-report-unlinked.handler';
import { RecordCaseWhenCaseOpened } from './cases/open-case/record-case-when-case-opened.handler';
import { ReassignCaseWhenCaseReassigned } from './cases/referral/reassign-case-when-case-reassigned.handler';
import { RecordReopenRequestWhenReopenRequested } from './triage/record-reopen-request-when-reopen-requested.handler';

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
  ) {}

  @EventPattern(Topics.CaseOpenedV1)
  onCaseOpened(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseOpened, data, ctx, (event, tx) => this.recordCase.handle(event, tx));
  }

  @EventPattern(Topics.CaseReportLinkedV1)
  onReportLinked(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReportLinked, data, ctx, (event, tx) => this.recordReport.handle(event, tx));
  }

  @EventPattern(Topics.CaseReportUnlinkedV1)
  onReportUnlinked(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReportUnlinked, data, ctx, (event, tx) => this.moveUnlinkedReport.handle(event, tx));
  }

  @EventPattern(Topics.CaseMergedV1)
  onCasesMerged(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseMerged, data, ctx, (event, tx) => this.mergeCase.handle(event, tx));
  }

  @EventPattern(Topics.CaseReassignedV1)
  onCaseReassigned(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReassigned, data, ctx, (event, tx) => this.reassignCase.handle(event, tx));
  }

  @EventPattern(Topics.FeedbackReopenRequestedV1)
  onReopenRequested(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(FeedbackReopenRequested, data, ctx, (event, tx) =>
      this.recordReopenRequest.handle(event, tx),
    );
  }
}
