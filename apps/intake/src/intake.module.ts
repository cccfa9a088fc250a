import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import express from 'express';
import { AuthModule } from '@loket/auth';
import { CategorySuggester } from '@loket/category-suggestion';
import { HttpPlatformModule } from '@loket/http';
import { MessagingModule } from '@loket/messaging';
import { PersistenceModule, rateLimitProviders } from '@loket/persistence';
import { CategorySuggestionsController } from './category-suggestions/category-suggestions.controller';
import { INTAKE_SCHEMA } from './database/intake.schema';
import { geocoderProvider } from './geocoder/geocoder.provider';
import { GeocoderController } from './geocoder/http/geocoder.controller';
import { IntakeConfig, SERVICE } from './intake.config';
import { MailReportsController } from './mail-intake/complete-report/mail-reports.controller';
import { mailIntakeProviders } from './mail-intake/mail-intake.providers';
import { InternalPhotosController } from './photos/signed-links/internal-photos.controller';
import { PhotoLinkSecret, ServePhoto } from './photos/signed-links/serve-photo.use-case';
import { photoStoreProviders } from './photos/store/photo-store.providers';
import { MultipartReportInterceptor } from './photos/upload/multipart-report.interceptor';
import { Open311ClientsController } from './open311/api-keys/open311-clients.controller';
import { Open311Clients, Open311KeySettings } from './open311/api-keys/open311-clients';
import { PublicOpen311Feed } from './open311/feed/public-open311-feed';
import { RoutingOpen311Feed } from './open311/feed/routing-open311-feed';
import { Open311Controller } from './open311/open311.controller';
import { PublicOpen311Requests } from './open311/requests/public-open311-requests';
import { SubmitOpen311Request } from './open311/requests/submit-open311-request.use-case';
import { ChatForwardsController } from './reports/chat-forward/chat-forwards.controller';
import { ChatTimeZone, ForwardedChatReader } from './reports/chat-forward/forwarded-chat-reader';
import { AssistedReportsController } from './reports/assisted-report/assisted-reports.controller';
import { ReportsController } from './reports/reports.controller';
import { FollowableCases } from './reports/follow-case/followable-cases';
import { RoutingFollowableCases } from './reports/follow-case/routing-followable-cases';
import { SealingKey } from './reports/sealing-key';
import { SubmitReport } from './reports/submit-report/submit-report.use-case';
import { ForgetExpiredIdempotencyKeys } from './reports/idempotency/forget-expired-idempotency-keys';
import { IdempotencyRecords, IdempotencySettings } from './reports/idempotency/idempotency-records';
import { IntakeEventsController } from './intake-events.controller';
import { StoreCategoryModelWhenActivated } from './category-suggestions/store-category-model-when-activated.handler';
import { SuggesterInForce } from './category-suggestions/suggester-in-force';
import { StoreTaxonomyWhenTaxonomyPublished } from './taxonomy/store-taxonomy-when-taxonomy-published.handler';
import { ForgetReportWhenReporterForgotten } from './reports/forget/forget-report-when-reporter-forgotten.handler';
import { TaxonomyInForce } from './taxonomy/taxonomy-in-force';

export function intakeModule(config: IntakeConfig) {
  @Module({
    imports: [
      HttpPlatformModule.forService(SERVICE),
      PersistenceModule.forService(config.database, INTAKE_SCHEMA),
      MessagingModule.forService(config.messaging),
      AuthModule.forRoot(config.auth),
    ],
    controllers: [
      IntakeEventsController,
      ReportsController,
      AssistedReportsController,
      CategorySuggestionsController,
      ChatForwardsController,
      InternalPhotosController,
      GeocoderController,
      Open311Controller,
      Open311ClientsController,
      MailReportsController,
    ],
    providers: [
      { provide: SealingKey, useValue: config.sealing },
      { provide: CategorySuggester, useFactory: () => CategorySuggester.fromRepositoryExamples() },
      SuggesterInForce,
      StoreCategoryModelWhenActivated,
      TaxonomyInForce,
      StoreTaxonomyWhenTaxonomyPublished,
      ForgetReportWhenReporterForgotten,
      SubmitReport,
      { provide: ChatTimeZone, useValue: { timeZone: config.timeZone } },
      ForwardedChatReader,
      { provide: IdempotencySettings, useValue: config.idempotency },
      IdempotencyRecords,
      ForgetExpiredIdempotencyKeys,
      MultipartReportInterceptor,
      ...photoStoreProviders(config.photos.store),
      { provide: PhotoLinkSecret, useValue: { linkSecret: config.photos.linkSecret } },
      ServePhoto,
      { provide: FollowableCases, useValue: new RoutingFollowableCases(config.routing) },
      geocoderProvider(config.geocoder),
      { provide: PublicOpen311Feed, useValue: new RoutingOpen311Feed(config.routing) },
      { provide: Open311KeySettings, useValue: { hashKey: config.idempotency.hashKey } },
      Open311Clients,
      SubmitOpen311Request,
      PublicOpen311Requests,
      ...rateLimitProviders(config.rateLimits.rules, config.rateLimits.secret),
      ...mailIntakeProviders(config.mailIntake, config.idempotency.hashKey),
    ],
  })
  class IntakeModule implements NestModule {
    /** GeoReport v2 posts forms (application/x-www-form-urlencoded, `attribute[code]=…`): parsed on that route only. */
    configure(consumer: MiddlewareConsumer): void {
      consumer.apply(express.urlencoded({ extended: true, limit: '64kb', parameterLimit: 100 })).forRoutes({ path: 'open311/v2/requests.*format', method: RequestMethod.POST });
    }
  }
  return IntakeModule;
}
