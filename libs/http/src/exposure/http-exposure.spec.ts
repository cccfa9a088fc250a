import { httpExposureFromEnv } from './http-exposure';

describe('httpExposureFromEnv', () => {
  it('shows docs and metrics on the service port outside production', () => {
    expect(httpExposureFromEnv({})).toEqual({ apiDocs: true, trustProxyHops: 0, metrics: { where: 'service-port' } });
  });

  it('shows neither in production unless configured', () => {
    expect(httpExposureFromEnv({ NODE_ENV: 'production' })).toEqual({ apiDocs: false, trustProxyHops: 0, metrics: { where: 'nowhere' } });
    expect(httpExposureFromEnv({ NODE_ENV: 'production', LOKET_API_DOCS: 'on', LOKET_METRICS: 'port:9464' })).toEqual({
      apiDocs: true,
      trustProxyHops: 0,
      metrics: { where: 'own-port', port: 9464, host: '127.0.0.1' },
    });
  });

  it('refuses a setting it does not understand', () => {
    expect(() => httpExposureFromEnv({ LOKET_METRICS: 'yes' })).toThrow(/LOKET_METRICS must be on or off or port/);
    expect(() => httpExposureFromEnv({ LOKET_API_DOCS: 'true' })).toThrow(/LOKET_API_DOCS/);
    expect(() => httpExposureFromEnv({ LOKET_METRICS: 'port:0' })).toThrow(/no port/);
    expect(() => httpExposureFromEnv({ LOKET_TRUST_PROXY_HOPS: 'true' })).toThrow(/LOKET_TRUST_PROXY_HOPS/);
  });

  it('trusts exactly the configured number of proxies', () => {
    expect(httpExposureFromEnv({ LOKET_TRUST_PROXY_HOPS: '1' }).trustProxyHops).toBe(1);
  });
});
