import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CategoryModelActivated, ReporterForgotten, TaxonomyPublished, Topics } from '@loket/contracts';
import { EventConsumer } from '@loket/messaging';
import { StoreCategoryModelWhenActivated } from './category-suggestions/store-category-model-when-activated.handler';
import { ForgetReportWhenReporterForgotten } from './reports/forget/forget-report-when-reporter-forgotten.handler';
import { StoreTaxonomyWhenTaxonomyPublished } from './taxonomy/store-taxonomy-when-taxonomy-published.handler';

/** Everything intake hears from Kafka, each event handed to the one handler named for its reaction. */
@Controller()
export class IntakeEventsController {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly storeTaxonomy: StoreTaxonomyWhenTaxonomyPublished,
    private readonly forgetReport: ForgetReportWhenReporterForgotten,
    private readonly storeCategoryModel: StoreCategoryModelWhenActivated,
  ) {}

  @EventPattern(Topics.TaxonomyPublishedV1)
  onTaxonomyPublished(@Payload() data: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(TaxonomyPublished, data, context, (event, tx) => this.storeTaxonomy.handle(event, tx));
  }

  @EventPattern(Topics.ReporterForgottenV1)
  onReporterForgotten(@Payload() data: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(ReporterForgotten, data, context, (event, tx) => this.forgetReport.handle(event, tx));
  }

  @EventPattern(Topics.CategoryModelActivatedV1)
  onCategoryModelActivated(@Payload() data: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(CategoryModelActivated, data, context, (event, tx) => this.storeCategoryModel.handle(event, tx));
  }
}
