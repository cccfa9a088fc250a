import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CaseOpened, Topics } from '@loket/contracts';
import { EventConsumer } from '@loket/messaging';
import { RecordCaseWhenCaseOpened } from './cases/open-case/record-case-when-case-opened.handler';

/** Everything the workbench hears from Kafka, each event handed to the one handler named for its reaction. */
@Controller()
export class WorkbenchEventsController {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly recordCase: RecordCaseWhenCaseOpened,
  ) {}

  @EventPattern(Topics.CaseOpenedV1)
  onCaseOpened(@Payload() data: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    return this.consumer.consume(CaseOpened, data, ctx, (event, tx) => this.recordCase.handle(event, tx));
  }
}
