/** Where a service's own database lives. Each service has its own database, `loket_<service>` by default. */
export interface DatabaseConfig {
  host: string;
  port: number;
  username: string;
  password: string;
  database: string;
}

export function databaseConfigFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const port = Number(env['LOKET_DB_PORT'] ?? 5432);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`LOKET_DB_PORT must be a port number, got "${env['LOKET_DB_PORT']}"`);
  return {
    host: env['LOKET_DB_HOST'] ?? '127.0.0.1',
    port,
    username: env['LOKET_DB_USER'] ?? 'postgres',
    password: env['LOKET_DB_PASSWORD'] ?? '',
    database: env[`LOKET_${service.toUpperCase()}_DB_NAME`] ?? env['LOKET_DB_NAME'] ?? `loket_${service}`,
  };
}
