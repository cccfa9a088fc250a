import { API_SERVICES, ApiService } from './gateway.config';

export interface ApiRoute {
  service: ApiService;
  /** The path (and query) on the service itself. */
  path: string;
}

/**
 * The signed links in e-mails to reporters (`<public url>/api/v1/reporter-links/<token>`, see apps/feedback
 * reporter-links) and the one-click way out of a neighbourhood digest (`<public url>/api/v1/neighbourhood-digests/
 * unsubscribe/<token>`) go to feedback as they are.
 * `/api/<service>/<rest>` → `<service>` at `/api/<rest>` (query kept); anything else under /api is no route.
 * `..` and encoded slashes never climb out of the service's own `/api`.
 */
export function apiRouteOf(url: string): ApiRoute | null {
  const link = /^\/api\/v1\/reporter-links\/([A-Za-z0-9._~-]+)(\/[a-z-]+)?(\?[^#]*)?$/.exec(url);
  if (link) return { service: 'feedback', path: url };
  if (/^\/api\/v1\/neighbourhood-digests\/unsubscribe\/[A-Za-z0-9._~-]+\/?$/.test(url)) return { service: 'feedback', path: url };
  const match = /^\/api\/([a-z]+)(\/[^?#]*)?(\?[^#]*)?$/.exec(url);
  if (!match) return null;
  const service = match[1] as ApiService;
  if (!API_SERVICES.includes(service)) return null;
  const rest = match[2] ?? '/';
  const segments = rest.split('/');
  if (segments.some((s) => s === '..' || s === '.' || /%2f|%5c|%2e%2e/i.test(s))) return null;
  return { service, path: `/api${rest}${match[3] ?? ''}` };
}

/**
 * Open311 GeoReport v2 (`/open311/v2/<rest>`, the path city apps expect) → intake at the same path, query kept.
 * Intake answers all of it, the public GETs from routing's read-only feed.
 */
export function open311RouteOf(url: string): ApiRoute | null {
  const match = /^\/open311\/v2(\/[^?#]*)(\?[^#]*)?$/.exec(url);
  if (!match?.[1]) return null;
  const segments = match[1].split('/');
  if (segments.some((s) => s === '..' || s === '.' || /%2f|%5c|%2e%2e/i.test(s))) return null;
  return { service: 'intake', path: `/open311/v2${match[1]}${match[2] ?? ''}` };
}

/** A reporter's signed link opened in a browser: the page that shows it, not the JSON. */
export function reporterLinkPageOf(path: string): string | null {
  const match = /^\/api\/v1\/reporter-links\/([A-Za-z0-9._~-]+)\/?$/.exec(path);
  return match ? `/mijn-melding/${match[1]}` : null;
}

/** A digest's unsubscribe link opened in a browser: the page that stops it (a GET never does: link scanners). */
export function digestUnsubscribePageOf(path: string): string | null {
  const match = /^\/api\/v1\/neighbourhood-digests\/unsubscribe\/([A-Za-z0-9._~-]+)\/?$/.exec(path);
  return match ? `/buurtoverzicht/afmelden/${match[1]}` : null;
}
