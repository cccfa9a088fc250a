import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway } from './gateway';
import { gatewayConfigFromEnv } from './gateway.config';

describe('the gateway', () => {
  let upstream: Server;
  let gateway: Server;
  let base: string;
  const seen: { method?: string; url?: string; body: string; headers?: IncomingMessage['headers'] }[] = [];

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body, headers: req.headers });
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
      });
    });
    await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const webDir = mkdtempSync(join(tmpdir(), 'loket-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Loket</title>');
    writeFileSync(join(webDir, 'assets', 'app-abc123.js'), 'console.log("loket");'.repeat(100));
    const config = gatewayConfigFromEnv({
      LOKET_WEB_DIR: webDir,
      LOKET_INTAKE_URL: upstreamUrl,
      LOKET_ROUTING_URL: 'http://127.0.0.1:9', // nothing listens there
      LOKET_MAP_TILE_URL: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
    });
    gateway = createGateway(config).listen(0, '127.0.0.1');
    await new Promise((done) => gateway.once('listening', done));
    base = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => gateway.close(done));
    await new Promise((done) => upstream.close(done));
  });

  it('passes /api/intake/... to intake at /api/..., with method, body, query and token', async () => {
    const response = await fetch(`${base}/api/intake/v1/reports?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t0ken' },
      body: JSON.stringify({ description: 'Losse stoeptegel' }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
    const last = seen[seen.length - 1]!;
    expect(last).toMatchObject({ method: 'POST', url: '/api/v1/reports?x=1', body: '{"description":"Losse stoeptegel"}' });
    expect(last.headers?.authorization).toBe('Bearer t0ken');
    expect(last.headers?.['x-forwarded-proto']).toBe('http');
  });

  it('answers a problem for an unknown API and for a service that does not answer', async () => {
    const unknown = await fetch(`${base}/api/secrets/v1/all`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const down = await fetch(`${base}/api/routing/v1/categories`);
    expect(down.status).toBe(502);
    expect(((await down.json()) as { detail: string }).detail).toContain('routing');
  });

  it('serves the app for every page address (the app routes it) and a 404 for a missing asset', async () => {
    for (const page of ['/', '/volgen', '/volgen/ABCD-EFGH']) {
      const response = await fetch(`${base}${page}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Loket</title>');
    }
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('compresses and caches hashed assets for a long time', async () => {
    const response = await fetch(`${base}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('sets the security headers on pages and API answers alike', async () => {
    for (const path of ['/', '/api/intake/v1/reports']) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
      expect(response.headers.get('content-security-policy')).toContain('https://service.pdok.nl');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('tells the browser where to sign in and which map tiles to use', async () => {
    const config = (await (await fetch(`${base}/config.json`)).json()) as { oidc: { clientId: string }; map: { tileUrl: string } };
    expect(config.oidc.clientId).toBe('loket-web');
    expect(config.map.tileUrl).toContain('pdok');
  });
});
