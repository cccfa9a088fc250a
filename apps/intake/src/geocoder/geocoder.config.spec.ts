import { geocoderConfigFromEnv } from './geocoder.config';

describe('geocoder configuration', () => {
  it('is the offline gazetteer unless PDOK is chosen', () => {
    expect(geocoderConfigFromEnv({})).toEqual({ kind: 'gazetteer' });
    expect(geocoderConfigFromEnv({ LOKET_GEOCODER: 'pdok', LOKET_GEOCODER_PDOK_FILTER: 'gemeentecode:0363' })).toEqual({
      kind: 'pdok',
      url: 'https://api.pdok.nl',
      filter: 'gemeentecode:0363',
      timeoutMs: 3000,
    });
  });

  it.each([
    [{ LOKET_GEOCODER: 'google' }, /LOKET_GEOCODER must be gazetteer or pdok/],
    [{ LOKET_GEOCODER: 'pdok', LOKET_GEOCODER_PDOK_URL: 'ftp://x' }, /LOKET_GEOCODER_PDOK_URL must be http/],
    [{ LOKET_GEOCODER: 'pdok', LOKET_GEOCODER_PDOK_FILTER: 'gemeentecode:0363&rows=999' }, /LOKET_GEOCODER_PDOK_FILTER/],
  ])('refuses %j at start', (env, message) => {
    expect(() => geocoderConfigFromEnv(env)).toThrow(message);
  });
});
