import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import demo from './demo-gazetteer.json';
import { GazetteerGeocoder, parseGazetteer } from './gazetteer-geocoder';

const gazetteer = parseGazetteer(demo);
// The demo areas routing seeds (read as a file: intake does not depend on routing's area library).
const areas = JSON.parse(readFileSync(join(__dirname, '../../../../../libs/area-index/data/demo-areas.geojson'), 'utf8')) as DemoAreas;
const geocoder = new GazetteerGeocoder(gazetteer);

describe('the demo gazetteer', () => {
  it('finds a street and number, placed along the street', async () => {
    const [first] = await geocoder.search('Dorpsstraat 12', 5);
    expect(first?.label).toBe('Dorpsstraat 12, 1901 AB Demostad');
    expect(first?.lat).toBeCloseTo(52.3733, 3);
    expect(first?.lon).toBeCloseTo(4.8914, 3);
  });

  it('finds a postcode, with or without space and number, and ignores case and accents', async () => {
    expect((await geocoder.search('1901ab', 5)).map((r) => r.label)).toEqual(['Dorpsstraat, 1901 AB Demostad']);
    expect((await geocoder.search('1901 AB 7', 5)).map((r) => r.label)).toEqual(['Dorpsstraat 7, 1901 AB Demostad']);
    expect((await geocoder.search('DÖRPSSTRAAT', 5)).map((r) => r.label)).toEqual(['Dorpsstraat, 1901 AB Demostad']);
  });

  it('finds streets by prefix and neighbourhoods by name, and nothing for a number out of range', async () => {
    expect((await geocoder.search('lind', 5)).map((r) => r.label)).toEqual(['Lindenlaan, 1903 CA Demostad', 'Lindenhof (buurt), Demostad']);
    expect(await geocoder.search('Dorpsstraat 999', 5)).toEqual([]);
    expect(await geocoder.search('Nergensweg', 5)).toEqual([]);
  });

  it('places every street end and every neighbourhood inside the demo areas routing knows', () => {
    const wijken = areas.features.filter((f) => f.properties.kind === 'wijk').map((f) => f.geometry.coordinates[0]!);
    const points = [...gazetteer.streets.flatMap((s) => [s.from, s.to]), ...gazetteer.places.map((p) => p.at)];
    expect(points.filter((point) => !wijken.some((ring) => inRing(point, ring)))).toEqual([]);
  });

  it('refuses a broken gazetteer at start', () => {
    expect(() => parseGazetteer({ municipality: 'X', streets: [{ name: 'A', postcode: 'nope' }], places: [] })).toThrow(/streets\[0\]/);
  });
});

interface DemoAreas {
  features: { properties: { kind: string }; geometry: { coordinates: [number, number][][] } }[];
}

/** Ray casting: enough for the demo's simple wijk polygons (routing's area index does this for real). */
function inRing([x, y]: [number, number], ring: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
