import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CaseOpened, CaseReportLinked, Topics } from '@loket/contracts';
import { EventConsumer } from '@loket/messaging';
import { RecordReportWhenReportLinked } from './cases/link-report/record-report-when-report-linked.handler';
import { RecordCaseWhenCaseOpened } from './cases/open-case/record-case-when-case-opened.handler';

/** Everything the workbench hears from Kafka, each event handed to the one handler named for its reaction. */
@Controller()
export class WorkbenchEventsController {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly recordCase: RecordCaseWhenCaseOpened,
    private readonly recordReport: RecordReportWhenReportLinked,
  ) {}

  @EventPattern(Topics.CaseOpenedV1)
  onCaseOpened(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseOpened, data, ctx, (event, tx) => this.recordCase.handle(event, tx));
  }

  @EventPattern(Topics.CaseReportLinkedV1)
  onReportLinked(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReportLinked, data, ctx, (event, tx) => this.recordReport.handle(event, tx));
  }
}
