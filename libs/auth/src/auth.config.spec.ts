import { authConfigFromEnv } from './auth.config';

describe('authConfigFromEnv', () => {
  it('accepts Loket’s web and command-line clients and remembers a verified token for a minute by default', () => {
    const config = authConfigFromEnv({});
    expect(config.allowedClients).toEqual(['loket-web', 'loket-cli']);
    expect(config.verifiedTokenCacheSeconds).toBe(60);
  });

  it('reads the allowed clients as a list', () => {
    expect(authConfigFromEnv({ LOKET_KEYCLOAK_ALLOWED_CLIENTS: ' loket-web , loket-desk ' }).allowedClients).toEqual(['loket-web', 'loket-desk']);
  });

  it('refuses an empty client list and a cache longer than five minutes', () => {
    expect(() => authConfigFromEnv({ LOKET_KEYCLOAK_ALLOWED_CLIENTS: ' , ' })).toThrow(/names no client/);
    expect(() => authConfigFromEnv({ LOKET_VERIFIED_TOKEN_CACHE_SECONDS: '3600' })).toThrow(/0 to 300/);
  });

  it('refuses to start in production with a plain-http issuer', () => {
    expect(() => authConfigFromEnv({ NODE_ENV: 'production', LOKET_KEYCLOAK_URL: 'http://keycloak:8080' })).toThrow(/https/);
    expect(authConfigFromEnv({ NODE_ENV: 'production', LOKET_KEYCLOAK_URL: 'https://id.example.nl/' }).keycloakUrl).toBe('https://id.example.nl');
  });
});
