/** Where tokens come from: one Keycloak realm; the services are the audience `loket-api`. */
export abstract class AuthConfig {
  keycloakUrl!: string;
  realm!: string;
  audience!: string;
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return {
    keycloakUrl: (env['LOKET_KEYCLOAK_URL'] ?? 'http://localhost:8080').replace(/\/$/, ''),
    realm: env['LOKET_KEYCLOAK_REALM'] ?? 'loket',
    audience: env['LOKET_KEYCLOAK_AUDIENCE'] ?? 'loket-api',
  };
}
