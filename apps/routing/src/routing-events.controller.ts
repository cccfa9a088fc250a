import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { ReportSubmitted, Topics } from '@loket/contracts';
import { EventConsumer } from '@loket/messaging';
import { OpenCaseWhenReportSubmitted } from './cases/open-case-when-report-submitted.handler';

/** Everything routing hears from Kafka, each event handed to the one handler named for its reaction. */
@Controller()
export class RoutingEventsController {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly openCase: OpenCaseWhenReportSubmitted,
  ) {}

  @EventPattern(Topics.ReportSubmittedV1)
  onReportSubmitted(@Payload() data: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(ReportSubmitted, data, context, (report, tx) => this.openCase.handle(report, tx));
  }
}
