export type { DatabaseConfig } from './database.config';
export { databaseConfigFromEnv } from './database.config';
export { dropDatabase, ensureDatabase } from './ensure-database';
export { PersistenceModule } from './persistence.module';
export type { ServiceSchema } from './service-data-source';
export { createServiceDataSource, serviceDataSourceOptions } from './service-data-source';
