import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { Metrics } from '@loket/observability';
import { HttpExposure, httpExposureFromEnv } from '../exposure/http-exposure';
import { ProblemDetailsFilter } from '../problem-details/problem-details.filter';
import { HealthController } from '../routes/health.controller';
import { MetricsController } from '../routes/metrics.controller';
import { ReadinessRegistry } from '../routes/readiness-registry';
import { SchemaValidationPipe } from '../validation/schema-validation.pipe';

/** What every Loket service has over HTTP: health, metrics, problem details, validated input. */
@Global()
@Module({})
export class HttpPlatformModule {
  static forService(service: string, exposure: HttpExposure = httpExposureFromEnv()): DynamicModule {
    return {
      module: HttpPlatformModule,
      controllers: [HealthController, MetricsController],
      providers: [
        ReadinessRegistry,
        { provide: Metrics, useValue: new Metrics(service) },
        { provide: HttpExposure, useValue: exposure },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: SchemaValidationPipe },
      ],
      exports: [ReadinessRegistry, Metrics, HttpExposure],
    };
  }
}
