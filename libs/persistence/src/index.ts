export type { DatabaseConfig } from './database.config';
export { databaseConfigFromEnv } from './database.config';
export { dropDatabase, ensureDatabase } from './ensure-database';
export { PersistenceModule } from './persistence.module';
export type { ServiceSchema } from './service-data-source';
export { createServiceDataSource, serviceDataSourceOptions } from './service-data-source';
export { PostgresRateLimitStore, rateLimitSecretFromEnv } from './rate-limit/postgres-rate-limit-store';
export { RateLimitWindows1796400000000 } from './rate-limit/rate-limit-windows.migration';
export { rateLimitProviders } from './rate-limit/rate-limit.providers';
