import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { DatabaseConfig, sslOptionsOf } from './database.config';

export interface ServiceSchema {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /**
   * Tables the service may only read and add to, never change or empty (an audit chain): with a separate runtime
   * account (DatabaseConfig.migrator) that account gets neither UPDATE, DELETE nor TRUNCATE on them.
   */
  appendOnlyTables?: readonly string[];
}

/**
 * The one set of data-source options of a service, shared by the running app, the migration CLI and the
 * tests. Schema changes come from migrations only: `synchronize` stays off.
 */
export function serviceDataSourceOptions(config: DatabaseConfig, schema: ServiceSchema): DataSourceOptions {
  return {
    type: 'postgres',
    host: config.host,
    port: config.port,
    username: config.username,
    password: config.password,
    database: config.database,
    ...sslOptionsOf(config),
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn'],
    extra: { max: 20, connectionTimeoutMillis: 5000 },
  };
}

export function createServiceDataSource(config: DatabaseConfig, schema: ServiceSchema): DataSource {
  return new DataSource(serviceDataSourceOptions(config, schema));
}
