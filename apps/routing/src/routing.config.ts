import { LogLevel } from '@nestjs/common';
import { authConfigFromEnv } from '@loket/auth';
import { messagingConfigFromEnv } from '@loket/messaging';
import { databaseConfigFromEnv } from '@loket/persistence';
import { prioritiesConfigFromEnv } from './neighbourhood-priorities/priorities.config';

export const SERVICE = 'routing';

/** Everything routing reads from its environment, validated once at start. */
export function routingConfigFromEnv(env: NodeJS.ProcessEnv = process.env) {
  return {
    http: {
      port: Number(env['LOKET_ROUTING_PORT'] ?? 3002),
      host: env['LOKET_HTTP_HOST'] ?? '0.0.0.0',
      logLevel: (env['LOKET_LOG_LEVEL'] ?? 'log') as LogLevel,
    },
    database: databaseConfigFromEnv(SERVICE, env),
    messaging: messagingConfigFromEnv(SERVICE, env),
    auth: authConfigFromEnv(env),
    timeZone: env['LOKET_TIME_ZONE'] ?? 'Europe/Amsterdam',
    priorities: prioritiesConfigFromEnv(env),
  };
}

export type RoutingConfig = ReturnType<typeof routingConfigFromEnv>;

/** Only the area upload and its preview take large bodies (GeoJSON of a whole municipality). */
export const ROUTING_ROUTE_BODY_LIMITS: Record<string, string> = {
  '/api/v1/areas/import': '10mb',
  '/api/v1/areas/preview': '10mb',
};
