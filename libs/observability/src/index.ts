export type { CorrelationScope } from './correlation/correlation-context';
export { CORRELATION_HEADER, CorrelationContext } from './correlation/correlation-context';
export { JsonLogger } from './logging/json-logger';
export { Metrics } from './metrics/metrics';
export type { ReadinessCheck, ReadinessReport } from './health/readiness';
export { runReadinessChecks } from './health/readiness';
