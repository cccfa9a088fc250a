import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DatabaseConfig, dropDatabase, ensureDatabase, ServiceSchema, serviceDataSourceOptions } from '@loket/persistence';
import { testEnvironment } from './test-environment';

/** A fresh, migrated database of its own for one test file; dropped again by `drop()`. */
export async function scratchDatabase(prefix: string, schema: ServiceSchema) {
  const config: DatabaseConfig = { ...testEnvironment().db, database: `${prefix}_${randomBytes(4).toString('hex')}` };
  await ensureDatabase(config);
  const dataSource = await new DataSource(serviceDataSourceOptions(config, schema)).initialize();
  await dataSource.runMigrations();
  return {
    config,
    dataSource,
    async drop(): Promise<void> {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(config);
    },
  };
}
