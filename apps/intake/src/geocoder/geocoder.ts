/** A place a person can pick: what to show, and where it is (WGS84). */
export interface GeocodeResult {
  label: string;
  lat: number;
  lon: number;
}

/** Turns what a person types (street and number, postcode, neighbourhood) into places. */
export abstract class Geocoder {
  abstract search(query: string, limit: number): Promise<GeocodeResult[]>;
}

/** The geocoder behind the port could not answer (e.g. PDOK unreachable or a broken answer). */
export class GeocoderUnavailableError extends Error {}
