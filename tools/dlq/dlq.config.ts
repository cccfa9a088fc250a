/** Where the CLI finds Keycloak, the consuming services and the administrator's credentials. */
export const DLQ_SERVICES = ['routing', 'workbench', 'feedback'] as const;
export type DlqService = (typeof DLQ_SERVICES)[number];

export interface DlqConfig {
  keycloakUrl: string;
  realm: string;
  username: string;
  password: string;
  serviceUrls: Record<DlqService, string>;
}

export function dlqConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DlqConfig {
  const username = env['LOKET_DLQ_USERNAME'];
  const password = env['LOKET_DLQ_PASSWORD'];
  if (!username || !password) {
    throw new Error('set LOKET_DLQ_USERNAME and LOKET_DLQ_PASSWORD to an administrator of realm loket (role admin)');
  }
  return {
    keycloakUrl: (env['LOKET_KEYCLOAK_URL'] ?? 'http://localhost:8080').replace(/\/$/, ''),
    realm: env['LOKET_KEYCLOAK_REALM'] ?? 'loket',
    username,
    password,
    serviceUrls: {
      routing: (env['LOKET_ROUTING_URL'] ?? 'http://localhost:3002').replace(/\/$/, ''),
      workbench: (env['LOKET_WORKBENCH_URL'] ?? 'http://localhost:3003').replace(/\/$/, ''),
      feedback: (env['LOKET_FEEDBACK_URL'] ?? 'http://localhost:3004').replace(/\/$/, ''),
    },
  };
}
