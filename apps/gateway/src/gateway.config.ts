import { resolve } from 'node:path';

export const API_SERVICES = ['intake', 'routing', 'workbench', 'feedback'] as const;
export type ApiService = (typeof API_SERVICES)[number];

/** What the browser needs to know at run time (served as /config.json): never a secret. */
export interface WebRuntimeConfig {
  oidc: { authority: string; clientId: string };
  map: { tileUrl: string; attribution: string; center: [number, number]; zoom: number };
}

export interface GatewayConfig {
  port: number;
  host: string;
  /** The built web bundle (index.html and assets/). */
  webDir: string;
  /** Where each service's own HTTP API answers. */
  services: Record<ApiService, string>;
  /** Trust X-Forwarded-Proto from the proxy in front (then HSTS is sent for https requests). */
  trustProxy: boolean;
  /** Origins the browser may talk to besides this one (Keycloak), for the CSP. */
  extraConnectOrigins: string[];
  /** Origins map tiles come from, for the CSP. */
  tileOrigins: string[];
  web: WebRuntimeConfig;
}

const DEFAULT_PORTS: Record<ApiService, number> = { intake: 3001, routing: 3002, workbench: 3003, feedback: 3004 };

/** Everything the gateway reads from its environment, validated once at start. */
/** `builtWebDir`: next to the compiled gateway (dist/apps/gateway/src → dist/apps/web). */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env, builtWebDir = resolve(__dirname, '../../web')): GatewayConfig {
  const services = Object.fromEntries(
    API_SERVICES.map((name) => {
      const url = env[`LOKET_${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${env[`LOKET_${name.toUpperCase()}_PORT`] ?? DEFAULT_PORTS[name]}`;
      return [name, checkedUrl(`LOKET_${name.toUpperCase()}_URL`, url).replace(/\/$/, '')];
    }),
  ) as Record<ApiService, string>;
  const authority = checkedUrl('LOKET_OIDC_AUTHORITY', env['LOKET_OIDC_AUTHORITY'] ?? 'http://localhost:8080/realms/loket');
  const tileUrl = env['LOKET_MAP_TILE_URL'] ?? '';
  const port = Number(env['LOKET_GATEWAY_PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('LOKET_GATEWAY_PORT must be a port number');
  return {
    port,
    host: env['LOKET_HTTP_HOST'] ?? '0.0.0.0',
    webDir: resolve(env['LOKET_WEB_DIR'] ?? builtWebDir),
    services,
    trustProxy: env['LOKET_TRUST_PROXY'] === 'true',
    extraConnectOrigins: [new URL(authority).origin],
    tileOrigins: tileUrl ? [new URL(tileUrl.replace(/\{[a-z]\}/g, 'x')).origin] : [],
    web: {
      oidc: { authority, clientId: env['LOKET_OIDC_CLIENT_ID'] ?? 'loket-web' },
      map: {
        tileUrl,
        attribution: env['LOKET_MAP_ATTRIBUTION'] ?? (tileUrl ? 'Kaartgegevens © Kadaster' : ''),
        center: [Number(env['LOKET_MAP_CENTER_LAT'] ?? 52.37), Number(env['LOKET_MAP_CENTER_LON'] ?? 4.89)],
        zoom: Number(env['LOKET_MAP_ZOOM'] ?? 14),
      },
    },
  };
}

function checkedUrl(name: string, value: string): string {
  try {
    new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${value}"`);
  }
  return value;
}
