import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The realm Loket ships for production and the relaxed demo realm of `npm run up` and the tests. The production
 * realm must hold what a go-live demands; the demo realm may stay relaxed, but only the demo realm.
 */
interface Client {
  clientId: string;
  directAccessGrantsEnabled?: boolean;
  redirectUris?: string[];
  webOrigins?: string[];
  attributes?: Record<string, string>;
}
interface Realm {
  sslRequired: string;
  bruteForceProtected: boolean;
  passwordPolicy?: string;
  accessTokenLifespan: number;
  clients: Client[];
  users?: unknown[];
}

const realmAt = (path: string): Realm => JSON.parse(readFileSync(join(__dirname, '../../../deploy/keycloak', path), 'utf8')) as Realm;

describe('the production realm', () => {
  const realm = realmAt('production/loket-realm.json');

  it('protects logins: brute-force detection, a password policy, https everywhere, no demo users', () => {
    expect(realm.bruteForceProtected).toBe(true);
    expect(realm.passwordPolicy).toMatch(/length\(12\)/);
    expect(realm.sslRequired).toBe('all');
    expect(realm.users ?? []).toEqual([]);
  });

  it('allows no password grant and no wildcard redirect or origin', () => {
    for (const client of realm.clients) {
      expect({ client: client.clientId, passwordGrant: client.directAccessGrantsEnabled ?? false }).toEqual({ client: client.clientId, passwordGrant: false });
      for (const uri of [...(client.redirectUris ?? []), ...(client.webOrigins ?? []), client.attributes?.['post.logout.redirect.uris'] ?? '']) {
        expect(uri).not.toMatch(/\*/);
        if (uri) expect(uri.startsWith('${LOKET_PUBLIC_URL}')).toBe(true);
      }
    }
  });

  it('issues access tokens that live minutes, well above the services’ verified-token cache of one minute', () => {
    expect(realm.accessTokenLifespan).toBeLessThanOrEqual(300);
    expect(realm.accessTokenLifespan).toBeGreaterThan(60);
  });
});

describe('the demo realm', () => {
  it('is the only one with the demo users and the password grant for scripts', () => {
    const demo = realmAt('loket-realm.json');
    expect((demo.users ?? []).length).toBeGreaterThan(0);
    expect(demo.clients.find((c) => c.clientId === 'loket-cli')?.directAccessGrantsEnabled).toBe(true);
  });
});
