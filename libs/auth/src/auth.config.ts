/**
 * Where tokens come from and which are accepted: one Keycloak realm; the services are the audience
 * `loket-api`; only tokens issued to Loket's own clients (`azp`) are taken.
 */
export abstract class AuthConfig {
  keycloakUrl!: string;
  realm!: string;
  audience!: string;
  /** The clients (`azp`) whose tokens this service accepts. */
  allowedClients!: string[];
  /** How long a verified token is remembered at most (well under the realm's token lifetime). */
  verifiedTokenCacheSeconds!: number;
}

const DEFAULT_ALLOWED_CLIENTS = 'loket-web,loket-cli';

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const keycloakUrl = (env['LOKET_KEYCLOAK_URL'] ?? 'http://localhost:8080').replace(/\/$/, '');
  const allowedClients = (env['LOKET_KEYCLOAK_ALLOWED_CLIENTS'] ?? DEFAULT_ALLOWED_CLIENTS)
    .split(',')
    .map((client) => client.trim())
    .filter(Boolean);
  if (allowedClients.length === 0) throw new Error('LOKET_KEYCLOAK_ALLOWED_CLIENTS names no client: no token could ever be accepted');
  const cacheSeconds = Number(env['LOKET_VERIFIED_TOKEN_CACHE_SECONDS'] ?? 60);
  if (!Number.isInteger(cacheSeconds) || cacheSeconds < 0 || cacheSeconds > 300) {
    throw new Error(`LOKET_VERIFIED_TOKEN_CACHE_SECONDS must be a whole number of seconds from 0 to 300, got "${env['LOKET_VERIFIED_TOKEN_CACHE_SECONDS']}"`);
  }
  if (isProduction(env) && !keycloakUrl.startsWith('https://')) {
    throw new Error(`NODE_ENV=production: the token issuer must be reached over https, got ${keycloakUrl}`);
  }
  return {
    keycloakUrl,
    realm: env['LOKET_KEYCLOAK_REALM'] ?? 'loket',
    audience: env['LOKET_KEYCLOAK_AUDIENCE'] ?? 'loket-api',
    allowedClients,
    verifiedTokenCacheSeconds: cacheSeconds,
  };
}

/** `NODE_ENV=production` switches on the checks a go-live needs (https issuer, database TLS). */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['NODE_ENV'] === 'production';
}
