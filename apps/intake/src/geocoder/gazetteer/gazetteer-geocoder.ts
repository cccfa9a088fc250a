import { GeocodeResult, Geocoder } from '../geocoder';

/** A street of the gazetteer: a line from its lowest to its highest house number, in one postcode area. */
export interface GazetteerStreet {
  name: string;
  postcode: string;
  houseNumbers: [number, number];
  /** [lon, lat] of the lowest and the highest house number. */
  from: [number, number];
  to: [number, number];
}

export interface GazetteerPlace {
  name: string;
  kind: string;
  /** [lon, lat] */
  at: [number, number];
}

export interface GazetteerFile {
  municipality: string;
  streets: GazetteerStreet[];
  places: GazetteerPlace[];
}

const POSTCODE = /^([1-9][0-9]{3}) ?([a-z]{2})(?:[ ,]+([0-9]{1,5}))?$/;
const STREET_NUMBER = /^(.+?)[ ,]+([0-9]{1,5})[a-z]?$/;

/**
 * An offline geocoder over a small gazetteer (the demo municipality's streets, postcodes and neighbourhoods):
 * "Dorpsstraat 12", "1234 AB 5", "1234AB", "Lindenhof", a prefix of a street name. House numbers are placed
 * along the street's line. For tests, demos and places without internet; PDOK's Locatieserver in production.
 */
export class GazetteerGeocoder extends Geocoder {
  constructor(private readonly gazetteer: GazetteerFile) {
    super();
  }

  async search(query: string, limit: number): Promise<GeocodeResult[]> {
    return this.find(query).slice(0, limit);
  }

  private find(query: string): GeocodeResult[] {
    const q = normalise(query);
    if (!q) return [];
    const postcode = POSTCODE.exec(q);
    if (postcode) {
      const code = `${postcode[1]}${postcode[2]?.toUpperCase()}`;
      const number = postcode[3] ? Number(postcode[3]) : undefined;
      return this.gazetteer.streets
        .filter((s) => s.postcode.replace(' ', '') === code && (number === undefined || inRange(s, number)))
        .map((s) => (number === undefined ? this.street(s) : this.address(s, number)));
    }
    const withNumber = STREET_NUMBER.exec(q);
    if (withNumber) {
      const [, name = '', digits = ''] = withNumber;
      const number = Number(digits);
      const streets = this.streetsNamed(name).filter((s) => inRange(s, number));
      if (streets.length) return streets.map((s) => this.address(s, number));
    }
    const places = this.gazetteer.places
      .filter((p) => normalise(p.name).startsWith(q))
      .map((p) => ({ label: `${p.name} (${p.kind}), ${this.gazetteer.municipality}`, lat: p.at[1], lon: p.at[0] }));
    return [...this.streetsNamed(q).map((s) => this.street(s)), ...places];
  }

  /** Streets whose name starts with the query, then those that contain it; each street once. */
  private streetsNamed(query: string): GazetteerStreet[] {
    const named = (test: (name: string) => boolean) => this.gazetteer.streets.filter((s) => test(normalise(s.name)));
    const seen = new Set<GazetteerStreet>();
    return [...named((n) => n.startsWith(query)), ...named((n) => n.includes(query))].filter((s) => !seen.has(s) && seen.add(s));
  }

  private street(s: GazetteerStreet): GeocodeResult {
    const [lon, lat] = along(s, 0.5);
    return { label: `${s.name}, ${formatPostcode(s.postcode)} ${this.gazetteer.municipality}`, lat, lon };
  }

  private address(s: GazetteerStreet, number: number): GeocodeResult {
    const [min, max] = s.houseNumbers;
    const [lon, lat] = along(s, max === min ? 0.5 : (number - min) / (max - min));
    return { label: `${s.name} ${number}, ${formatPostcode(s.postcode)} ${this.gazetteer.municipality}`, lat, lon };
  }
}

function inRange(s: GazetteerStreet, n: number): boolean {
  return n >= s.houseNumbers[0] && n <= s.houseNumbers[1];
}

function along(s: GazetteerStreet, t: number): [number, number] {
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return [round(s.from[0] + (s.to[0] - s.from[0]) * t), round(s.from[1] + (s.to[1] - s.from[1]) * t)];
}

function formatPostcode(code: string): string {
  const c = code.replace(' ', '');
  return `${c.slice(0, 4)} ${c.slice(4)}`;
}

/** Lower case, accents off, spaces squeezed: 'Café  Hoek' and 'cafe hoek' match. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Checks a gazetteer file's shape once, at start: a broken file stops the service rather than answering wrongly. */
export function parseGazetteer(json: unknown): GazetteerFile {
  const file = json as Partial<GazetteerFile> | null;
  const pair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
  const faults: string[] = [];
  if (typeof file?.municipality !== 'string') faults.push('municipality must be a name');
  if (!Array.isArray(file?.streets)) faults.push('streets must be a list');
  if (!Array.isArray(file?.places)) faults.push('places must be a list');
  (file?.streets ?? []).forEach((s, i) => {
    if (typeof s.name !== 'string' || !/^[1-9][0-9]{3} ?[A-Z]{2}$/.test(s.postcode) || !pair(s.houseNumbers) || !pair(s.from) || !pair(s.to)) {
      faults.push(`streets[${i}] needs name, postcode (1234 AB), houseNumbers [min, max], from and to [lon, lat]`);
    }
  });
  (file?.places ?? []).forEach((p, i) => {
    if (typeof p.name !== 'string' || typeof p.kind !== 'string' || !pair(p.at)) faults.push(`places[${i}] needs name, kind and at [lon, lat]`);
  });
  if (faults.length) throw new Error(`gazetteer is not valid: ${faults.join('; ')}`);
  return file as GazetteerFile;
}
