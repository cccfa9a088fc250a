import sample from './__fixtures__/locatieserver-free-dorpsstraat.json';
import { GeocoderUnavailableError } from '../geocoder';
import { fromLocatieserver, LOCATIESERVER_FREE_PATH, PdokLocatieserverGeocoder } from './pdok-locatieserver-geocoder';

describe('PDOK Locatieserver answers', () => {
  it('become labelled WGS84 places; a document without a centroid is left out', () => {
    expect(fromLocatieserver(sample)).toEqual([
      { label: 'Dorpsstraat 12, 1901AB Demostad', lat: 52.37314, lon: 4.89222 },
      { label: 'Dorpsstraat, Demostad', lat: 52.37298411, lon: 4.8920027 },
      { label: '1901AB Demostad', lat: 52.373, lon: 4.8921 },
    ]);
  });

  it('without response.docs are a broken answer', () => {
    expect(() => fromLocatieserver({ error: 'nope' })).toThrow(GeocoderUnavailableError);
  });
});

describe('PdokLocatieserverGeocoder', () => {
  it('asks the free endpoint under the configured URL, with the municipality filter, and maps the answer', async () => {
    const asked: URL[] = [];
    const fetchFn = (async (url: URL) => {
      asked.push(url);
      return new Response(JSON.stringify(sample), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    const geocoder = new PdokLocatieserverGeocoder({ url: 'http://pdok.test', filter: 'gemeentecode:9999', timeoutMs: 1000 }, fetchFn);
    const results = await geocoder.search('Dorpsstraat 12', 2);
    expect(results.map((r) => r.label)).toEqual(['Dorpsstraat 12, 1901AB Demostad', 'Dorpsstraat, Demostad']);
    expect(asked[0]?.origin + asked[0]!.pathname).toBe(`http://pdok.test${LOCATIESERVER_FREE_PATH}`);
    expect(asked[0]?.searchParams.get('q')).toBe('Dorpsstraat 12');
    expect(asked[0]?.searchParams.get('rows')).toBe('2');
    expect(asked[0]?.searchParams.getAll('fq')).toEqual(['type:(adres OR weg OR postcode OR woonplaats)', 'gemeentecode:9999']);
  });

  it('reports an error status or an unreachable server as unavailable', async () => {
    const failing = (async () => new Response('down', { status: 502 })) as unknown as typeof fetch;
    await expect(new PdokLocatieserverGeocoder({ url: 'http://pdok.test', timeoutMs: 1000 }, failing).search('x', 1)).rejects.toThrow(GeocoderUnavailableError);
    const unreachable = (async () => { throw new TypeError('fetch failed'); }) as unknown as typeof fetch;
    await expect(new PdokLocatieserverGeocoder({ url: 'http://pdok.test', timeoutMs: 1000 }, unreachable).search('x', 1)).rejects.toThrow(/fetch failed/);
  });
});
