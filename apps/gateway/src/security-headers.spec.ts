import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  const plain = securityHeaders({ secure: false, connectOrigins: ['http://localhost:8080'], tileOrigins: [] });

  it('allows scripts from this origin only: no inline script, no eval', () => {
    const scripts = plain['content-security-policy']!.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self'");
    expect(plain['content-security-policy']).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('forbids framing, sniffing and leaking the address', () => {
    expect(plain['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(plain['x-frame-options']).toBe('DENY');
    expect(plain['x-content-type-options']).toBe('nosniff');
    expect(plain['referrer-policy']).toBe('no-referrer');
  });

  it('lets the browser reach Keycloak and the tile server it is configured with', () => {
    const withTiles = securityHeaders({ secure: false, connectOrigins: ['https://id.example.nl'], tileOrigins: ['https://service.pdok.nl'] });
    expect(withTiles['content-security-policy']).toContain("connect-src 'self' https://id.example.nl");
    expect(withTiles['content-security-policy']).toContain("img-src 'self' data: blob: https://service.pdok.nl");
  });

  it('sends HSTS only over https', () => {
    expect(plain['strict-transport-security']).toBeUndefined();
    expect(securityHeaders({ secure: true, connectOrigins: [], tileOrigins: [] })['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
