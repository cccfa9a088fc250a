export { HttpPlatformModule } from './bootstrap/http-platform.module';
export type { ServiceStartOptions } from './bootstrap/start-service';
export { startService } from './bootstrap/start-service';
export type { ProblemDetails } from './problem-details/problem';
export { PROBLEM_CONTENT_TYPE, ProblemException, problemTypeUri } from './problem-details/problem';
export { ProblemDetailsFilter, toProblem } from './problem-details/problem-details.filter';
export { Public, PUBLIC_ROUTE } from './routes/public.decorator';
export { ReadinessRegistry } from './routes/readiness-registry';
export { SchemaValidationPipe } from './validation/schema-validation.pipe';
