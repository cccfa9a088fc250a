import { ServiceSchema } from '@loket/persistence';
import { scratchDatabase } from './scratch-database';

/**
 * Migrates a fresh database with a service's migrations and asks TypeORM what it would still change to match
 * the entities. Anything at all means entities and migrations disagree: generate a migration.
 */
export async function pendingSchemaChanges(prefix: string, schema: ServiceSchema): Promise<string[]> {
  const database = await scratchDatabase(prefix, schema);
  try {
    const sql = await database.dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await database.drop();
  }
}
