import { Client } from 'pg';
import { DatabaseConfig, sslOptionsOf } from './database.config';

const DUPLICATE_DATABASE = '42P04';
/** Two creating the same database at the same moment: the loser meets the catalogue's unique index instead. */
const CREATED_AT_THE_SAME_MOMENT = '23505';
const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Creates the service's database when it does not exist yet, so a fresh machine needs no manual step. Several
 * processes may ask at once (the four services for their shared key vault): one creates it, the others find it.
 */
export async function ensureDatabase(config: DatabaseConfig, template?: string): Promise<void> {
  for (const name of [config.database, template].filter((n): n is string => !!n)) {
    if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name "${name}"`);
  }
  const client = adminClient(config);
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [config.database]);
    if (existing.rowCount) return;
    await client.query(`CREATE DATABASE "${config.database}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== DUPLICATE_DATABASE && code !== CREATED_AT_THE_SAME_MOMENT) throw error;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(config: DatabaseConfig): Promise<void> {
  if (!SAFE_NAME.test(config.database)) throw new Error(`unsafe database name "${config.database}"`);
  const client = adminClient(config);
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${config.database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

function adminClient(config: DatabaseConfig): Client {
  return new Client({ host: config.host, port: config.port, user: config.username, password: config.password, database: 'postgres', ...sslOptionsOf(config) });
}
