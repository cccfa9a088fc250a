import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../database.config';
import { ensureDatabase } from '../ensure-database';
import { serviceDataSourceOptions, ServiceSchema } from '../service-data-source';

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * With a separate owner (DatabaseConfig.migrator): creates the database when missing and runs the migrations as
 * the owner, then gives the service's runtime account what it works with — reading and writing the tables and
 * their sequences — except that it may only read and add to the append-only tables. The runtime account owns
 * nothing, so it can neither alter a table nor switch off a trigger. Run at every start, after the migrations, so
 * tables a new migration made are granted too.
 */
export async function prepareDatabase(config: DatabaseConfig, schema: ServiceSchema): Promise<void> {
  const migrator = config.migrator;
  if (!migrator) throw new Error('prepareDatabase needs a migrator (the database owner) in the config');
  const owner: DatabaseConfig = { ...config, username: migrator.username, password: migrator.password };
  await ensureDatabase(owner);
  const dataSource = await new DataSource({ ...serviceDataSourceOptions(owner, schema), migrationsRun: false }).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
    await grantRuntimeAccess(dataSource, config.username, schema.appendOnlyTables ?? []);
  } finally {
    await dataSource.destroy();
  }
}

async function grantRuntimeAccess(owner: DataSource, runtime: string, appendOnly: readonly string[]): Promise<void> {
  for (const name of [runtime, ...appendOnly]) if (!SAFE_NAME.test(name)) throw new Error(`unsafe database identifier "${name}"`);
  await owner.transaction(async (tx) => {
    await tx.query(`GRANT USAGE ON SCHEMA public TO "${runtime}"`);
    await tx.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${runtime}"`);
    await tx.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "${runtime}"`);
    for (const table of appendOnly) await tx.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM "${runtime}"`);
  });
}
