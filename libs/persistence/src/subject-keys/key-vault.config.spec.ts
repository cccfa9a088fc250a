import { keyVaultConfigFromEnv } from './key-vault.config';

describe('keyVaultConfigFromEnv', () => {
  it('is the service\'s own server, database loket_keys, when nothing else is said', () => {
    expect(keyVaultConfigFromEnv({ LOKET_DB_HOST: 'db', LOKET_DB_USER: 'intake', LOKET_DB_PASSWORD: 'p' })).toEqual({
      host: 'db', port: 5432, username: 'intake', password: 'p', database: 'loket_keys',
    });
  });

  it('stands on a server of its own with its own account and CA', () => {
    const config = keyVaultConfigFromEnv({
      NODE_ENV: 'production', LOKET_DB_TLS: 'verify-full', LOKET_DB_HOST: 'loket-intake-db-rw', LOKET_DB_USER: 'loket_intake', LOKET_DB_PASSWORD: 'a',
      LOKET_KEYS_DB_HOST: 'loket-keys-db-rw', LOKET_KEYS_DB_PORT: '5433', LOKET_KEYS_DB_NAME: 'loket_keys', LOKET_KEYS_DB_USER: 'loket_keys',
      LOKET_KEYS_DB_PASSWORD: 'b', LOKET_KEYS_DB_CA_FILE: '/var/run/loket/keys-db-ca/ca.crt',
    });
    expect(config).toEqual({
      host: 'loket-keys-db-rw', port: 5433, username: 'loket_keys', password: 'b', database: 'loket_keys', tls: 'verify-full', caFile: '/var/run/loket/keys-db-ca/ca.crt',
    });
  });

  it('refuses a port that is not one', () => {
    expect(() => keyVaultConfigFromEnv({ LOKET_KEYS_DB_PORT: 'x' })).toThrow(/LOKET_KEYS_DB_PORT/);
  });
});
