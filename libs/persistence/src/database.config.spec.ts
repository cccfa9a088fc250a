import { databaseConfigFromEnv } from './database.config';

describe('databaseConfigFromEnv', () => {
  it('gives each service its own database by default', () => {
    expect(databaseConfigFromEnv('intake', {})).toEqual({ host: '127.0.0.1', port: 5432, username: 'postgres', password: '', database: 'loket_intake' });
  });

  it('lets a service-specific name win over the general one', () => {
    const env = { LOKET_DB_NAME: 'general', LOKET_ROUTING_DB_NAME: 'routing_test' };
    expect(databaseConfigFromEnv('routing', env).database).toBe('routing_test');
  });

  it('refuses a port that is no port', () => {
    expect(() => databaseConfigFromEnv('intake', { LOKET_DB_PORT: 'five' })).toThrow(/LOKET_DB_PORT/);
  });

  it('reaches the database over TLS when asked, and insists on it in production', () => {
    expect(databaseConfigFromEnv('intake', { LOKET_DB_TLS: 'verify-full' }).tls).toBe('verify-full');
    expect(() => databaseConfigFromEnv('intake', { LOKET_DB_TLS: 'yes' })).toThrow(/LOKET_DB_TLS/);
    expect(() => databaseConfigFromEnv('intake', { NODE_ENV: 'production' })).toThrow(/TLS/);
    expect(databaseConfigFromEnv('intake', { NODE_ENV: 'production', LOKET_DB_TLS: 'require' }).tls).toBe('require');
  });

  it('migrates as the owner and works as another account when both are given, never as the same one', () => {
    const env = { LOKET_DB_USER: 'loket_workbench_app', LOKET_DB_MIGRATION_USER: 'loket_workbench', LOKET_DB_MIGRATION_PASSWORD: 'o' };
    expect(databaseConfigFromEnv('workbench', env)).toMatchObject({ username: 'loket_workbench_app', migrator: { username: 'loket_workbench', password: 'o' } });
    expect(databaseConfigFromEnv('workbench', {})).not.toHaveProperty('migrator');
    expect(() => databaseConfigFromEnv('workbench', { LOKET_DB_USER: 'x', LOKET_DB_MIGRATION_USER: 'x' })).toThrow(/another account/);
  });
});
