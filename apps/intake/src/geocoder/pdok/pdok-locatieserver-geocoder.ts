import { GeocodeResult, Geocoder, GeocoderUnavailableError } from '../geocoder';

export interface PdokConfig {
  /** Base URL, e.g. https://api.pdok.nl; the path /bzk/locatieserver/search/v3_1/free is added. */
  url: string;
  /** An extra filter query, e.g. `gemeentecode:0363` to keep answers inside one municipality. */
  filter?: string;
  timeoutMs: number;
}

export const LOCATIESERVER_FREE_PATH = '/bzk/locatieserver/search/v3_1/free';
const TYPES = 'type:(adres OR weg OR postcode OR woonplaats)';

/** PDOK's Locatieserver (free search over BAG addresses, streets, postcodes and places). */
export class PdokLocatieserverGeocoder extends Geocoder {
  constructor(
    private readonly config: PdokConfig,
    private readonly fetchFn: typeof fetch = fetch,
  ) {
    super();
  }

  async search(query: string, limit: number): Promise<GeocodeResult[]> {
    const url = new URL(`${this.config.url}${LOCATIESERVER_FREE_PATH}`);
    url.searchParams.set('q', query);
    url.searchParams.set('rows', String(limit));
    url.searchParams.set('fl', 'weergavenaam,centroide_ll,type');
    url.searchParams.append('fq', TYPES);
    if (this.config.filter) url.searchParams.append('fq', this.config.filter);
    let body: unknown;
    try {
      const response = await this.fetchFn(url, { signal: AbortSignal.timeout(this.config.timeoutMs), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`answered ${response.status}`);
      body = await response.json();
    } catch (error) {
      throw new GeocoderUnavailableError(`PDOK Locatieserver: ${(error as Error).message}`);
    }
    return fromLocatieserver(body).slice(0, limit);
  }
}

/** The places of a Locatieserver `free` answer: each document's display name and WGS84 centroid. */
export function fromLocatieserver(body: unknown): GeocodeResult[] {
  const docs = (body as { response?: { docs?: unknown } } | null)?.response?.docs;
  if (!Array.isArray(docs)) throw new GeocoderUnavailableError('PDOK Locatieserver: the answer has no response.docs');
  return docs.flatMap((doc: { weergavenaam?: unknown; centroide_ll?: unknown }) => {
    const point = typeof doc.centroide_ll === 'string' ? /^POINT\(\s*(-?[0-9.]+)\s+(-?[0-9.]+)\s*\)$/.exec(doc.centroide_ll) : null;
    if (typeof doc.weergavenaam !== 'string' || !point) return [];
    const lon = Number(point[1]);
    const lat = Number(point[2]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return [];
    return [{ label: doc.weergavenaam, lat, lon }];
  });
}
