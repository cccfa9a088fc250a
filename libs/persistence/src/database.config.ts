import { readFileSync } from 'node:fs';

/** Where a service's own database lives. Each service has its own database, `loket_<service>` by default. */
export interface DatabaseConfig {
  host: string;
  port: number;
  username: string;
  password: string;
  database: string;
  /** TLS to the database: off (local), `require` (encrypted) or `verify-full` (encrypted, certificate checked). */
  tls?: DatabaseTls;
  /** With TLS: a file with the CA that signed the server's certificate (else the system's and NODE_EXTRA_CA_CERTS). */
  caFile?: string;
  /**
   * The database's owner, who runs the migrations, when the service works as another account (`username`): that one
   * then gets what it needs on the tables and no more (see prepareDatabase). Absent: one account does both.
   */
  migrator?: { username: string; password: string };
}

export type DatabaseTls = 'require' | 'verify-full';

export function databaseConfigFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const port = Number(env['LOKET_DB_PORT'] ?? 5432);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`LOKET_DB_PORT must be a port number, got "${env['LOKET_DB_PORT']}"`);
  const tls = databaseTlsFromEnv(env);
  const migrator = migratorFromEnv(env);
  return {
    host: env['LOKET_DB_HOST'] ?? '127.0.0.1',
    port,
    username: env['LOKET_DB_USER'] ?? 'postgres',
    password: env['LOKET_DB_PASSWORD'] ?? '',
    database: env[`LOKET_${service.toUpperCase()}_DB_NAME`] ?? env['LOKET_DB_NAME'] ?? `loket_${service}`,
    ...(tls ? { tls } : {}),
    ...(migrator ? { migrator } : {}),
  };
}

function migratorFromEnv(env: NodeJS.ProcessEnv): DatabaseConfig['migrator'] {
  const username = env['LOKET_DB_MIGRATION_USER'];
  if (!username) return undefined;
  if (username === (env['LOKET_DB_USER'] ?? 'postgres')) throw new Error('LOKET_DB_MIGRATION_USER must be another account than LOKET_DB_USER');
  return { username, password: env['LOKET_DB_MIGRATION_PASSWORD'] ?? '' };
}

function databaseTlsFromEnv(env: NodeJS.ProcessEnv): DatabaseTls | undefined {
  const value = env['LOKET_DB_TLS'] ?? 'off';
  if (value !== 'off' && value !== 'require' && value !== 'verify-full') {
    throw new Error(`LOKET_DB_TLS must be off, require or verify-full, got "${value}"`);
  }
  if (env['NODE_ENV'] === 'production' && value === 'off') {
    throw new Error('NODE_ENV=production: the database must be reached over TLS (LOKET_DB_TLS=require or verify-full)');
  }
  return value === 'off' ? undefined : value;
}

/** The `ssl` options of pg for a config: none without TLS. */
export function sslOptionsOf(config: DatabaseConfig): { ssl?: { rejectUnauthorized: boolean; ca?: string } } {
  if (!config.tls) return {};
  return { ssl: { rejectUnauthorized: config.tls === 'verify-full', ...(config.caFile ? { ca: readFileSync(config.caFile, 'utf8') } : {}) } };
}
