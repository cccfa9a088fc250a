import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CaseReferred, CaseStatusChanged, ReporterForgotten, ReportSubmitted, Topics } from '@loket/contracts';
import { EventConsumer } from '@loket/messaging';
import { CloseCaseWhenCaseStatusChanged } from './cases/close-case-when-case-status-changed.handler';
import { RouteReportWhenReportSubmitted } from './cases/route-report-when-report-submitted.handler';
import { ForgetReportWhenReporterForgotten } from './forgetting/forget-report-when-reporter-forgotten.handler';
import { ReassignCaseWhenCaseReferred } from './referral/reassign-case-when-case-referred.handler';

/** Everything routing hears from Kafka, each event handed to the one handler named for its reaction. */
@Controller()
export class RoutingEventsController {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly routeReport: RouteReportWhenReportSubmitted,
    private readonly closeCase: CloseCaseWhenCaseStatusChanged,
    private readonly reassignCase: ReassignCaseWhenCaseReferred,
    private readonly forgetReport: ForgetReportWhenReporterForgotten,
  ) {}

  @EventPattern(Topics.ReportSubmittedV1)
  onReportSubmitted(@Payload() data: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(ReportSubmitted, data, context, (report, tx) => this.routeReport.handle(report, tx));
  }

  @EventPattern(Topics.CaseStatusChangedV1)
  onCaseStatusChanged(@Payload() data: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseStatusChanged, data, context, (change, tx) => this.closeCase.handle(change, tx));
  }

  @EventPattern(Topics.CaseReferredV1)
  onCaseReferred(@Payload() data: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseReferred, data, context, (referral, tx) => this.reassignCase.handle(referral, tx));
  }

  @EventPattern(Topics.ReporterForgottenV1)
  onReporterForgotten(@Payload() data: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(ReporterForgotten, data, context, (event, tx) => this.forgetReport.handle(event, tx));
  }
}
