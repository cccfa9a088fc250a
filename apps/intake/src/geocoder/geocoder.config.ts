import { httpUrlFrom, wholeNumberFrom } from '../config-values';

export type GeocoderConfig =
  | { kind: 'gazetteer' }
  | { kind: 'pdok'; url: string; filter?: string; timeoutMs: number };

/**
 * Which geocoder answers `GET /api/v1/geocoder/search`: the offline gazetteer of the demo municipality (default)
 * or PDOK's Locatieserver (`LOKET_GEOCODER=pdok`, `LOKET_GEOCODER_PDOK_URL`, optional `LOKET_GEOCODER_PDOK_FILTER`
 * such as `gemeentecode:0363`). How often one client may ask: `intake-rate-limits.ts`.
 */
export function geocoderConfigFromEnv(env: NodeJS.ProcessEnv): GeocoderConfig {
  const kind = env['LOKET_GEOCODER'] || 'gazetteer';
  if (kind === 'gazetteer') return { kind };
  if (kind !== 'pdok') throw new Error(`LOKET_GEOCODER must be gazetteer or pdok, got "${kind}"`);
  const filter = env['LOKET_GEOCODER_PDOK_FILTER'];
  if (filter !== undefined && filter !== '' && !/^[a-z_]+:[A-Za-z0-9 ()_-]{1,100}$/.test(filter)) {
    throw new Error(`LOKET_GEOCODER_PDOK_FILTER must be a field:value filter like gemeentecode:0363, got "${filter}"`);
  }
  return {
    kind,
    url: httpUrlFrom(env, 'LOKET_GEOCODER_PDOK_URL', 'https://api.pdok.nl'),
    ...(filter ? { filter } : {}),
    timeoutMs: wholeNumberFrom(env, 'LOKET_GEOCODER_TIMEOUT_MS', 3_000),
  };
}
