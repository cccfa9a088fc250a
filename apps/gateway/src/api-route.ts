import { API_SERVICES, ApiService } from './gateway.config';

export interface ApiRoute {
  service: ApiService;
  /** The path (and query) on the service itself. */
  path: string;
}

/**
 * `/api/<service>/<rest>` → `<service>` at `/api/<rest>` (query kept); anything else under /api is no route.
 * `..` and encoded slashes never climb out of the service's own `/api`.
 */
export function apiRouteOf(url: string): ApiRoute | null {
  const match = /^\/api\/([a-z]+)(\/[^?#]*)?(\?[^#]*)?$/.exec(url);
  if (!match) return null;
  const service = match[1] as ApiService;
  if (!API_SERVICES.includes(service)) return null;
  const rest = match[2] ?? '/';
  const segments = rest.split('/');
  if (segments.some((s) => s === '..' || s === '.' || /%2f|%5c|%2e%2e/i.test(s))) return null;
  return { service, path: `/api${rest}${match[3] ?? ''}` };
}
