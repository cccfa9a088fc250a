import { Module } from '@nestjs/common';
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
import { InternalPhotosController } from './photos/signed-links/internal-photos.controller';
import { PhotoLinkSecret, ServePhoto } from './photos/signed-links/serve-photo.use-case';
import { PhotoStore } from './photos/store/photo-store';
import { PostgresPhotoStore } from './photos/store/postgres-photo-store';
import { MultipartReportInterceptor } from './photos/upload/multipart-report.interceptor';
import { ReportsController } from './reports/reports.controller';
import { FollowableCases } from './reports/follow-case/followable-cases';
import { RoutingFollowableCases } from './reports/follow-case/routing-followable-cases';
import { SealingKey } from './reports/sealing-key';
import { SubmitReport } from './reports/submit-report/submit-report.use-case';
import { ForgetExpiredIdempotencyKeys } from './reports/idempotency/forget-expired-idempotency-keys';
import { IdempotencyRecords, IdempotencySettings } from './reports/idempotency/idempotency-records';

export function intakeModule(config: IntakeConfig) {
  @Module({
    imports: [
      HttpPlatformModule.forService(SERVICE),
      PersistenceModule.forService(config.database, INTAKE_SCHEMA),
      MessagingModule.forService(config.messaging),
      AuthModule.forRoot(config.auth),
    ],
    controllers: [ReportsController, CategorySuggestionsController, InternalPhotosController, GeocoderController],
    providers: [
      { provide: SealingKey, useValue: config.sealing },
      { provide: CategorySuggester, useFactory: () => CategorySuggester.fromRepositoryExamples() },
      SubmitReport,
      { provide: IdempotencySettings, useValue: config.idempotency },
      IdempotencyRecords,
      ForgetExpiredIdempotencyKeys,
      MultipartReportInterceptor,
      { provide: PhotoStore, useClass: PostgresPhotoStore },
      { provide: PhotoLinkSecret, useValue: { linkSecret: config.photos.linkSecret } },
      ServePhoto,
      { provide: FollowableCases, useValue: new RoutingFollowableCases(config.routing) },
      geocoderProvider(config.geocoder),
      ...rateLimitProviders(config.rateLimits.rules, config.rateLimits.secret),
    ],
  })
  class IntakeModule {}
  return IntakeModule;
}
