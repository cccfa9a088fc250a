import { DatabaseConfig, databaseConfigFromEnv } from '../database.config';

/**
 * Where the key vault lives: a database every service reaches, so it may stand on a server of its own (in
 * Kubernetes its own cluster, while each service's database is on another). `LOKET_KEYS_DB_NAME` (`loket_keys`),
 * and `LOKET_KEYS_DB_HOST`, `_PORT`, `_USER`, `_PASSWORD`, `_CA_FILE` where they differ from the service's own
 * `LOKET_DB_*`; TLS as `LOKET_DB_TLS` says.
 */
export function keyVaultConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const own = databaseConfigFromEnv('keys', env);
  const port = env['LOKET_KEYS_DB_PORT'] === undefined ? own.port : Number(env['LOKET_KEYS_DB_PORT']);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`LOKET_KEYS_DB_PORT must be a port number, got "${env['LOKET_KEYS_DB_PORT']}"`);
  const caFile = env['LOKET_KEYS_DB_CA_FILE'] || undefined;
  return {
    ...own,
    host: env['LOKET_KEYS_DB_HOST'] ?? own.host,
    port,
    username: env['LOKET_KEYS_DB_USER'] ?? own.username,
    password: env['LOKET_KEYS_DB_PASSWORD'] ?? own.password,
    ...(caFile ? { caFile } : {}),
  };
}
