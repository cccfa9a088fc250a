import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { testEnvironment } from './test-environment';

interface RealmUser {
  username: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  realmRoles?: string[];
  attributes?: Record<string, string[]>;
  credentials?: { type: string; value: string; temporary: boolean }[];
}
interface RealmRole {
  name: string;
  description?: string;
}

const REALM_FILE = resolve(__dirname, '../../../deploy/keycloak/loket-realm.json');

/**
 * Makes a demo user of `deploy/keycloak/loket-realm.json` (and its realm roles) exist in the running Keycloak as the
 * file describes it, through the master realm's admin API. The local Keycloak imports the file only when it starts,
 * so a user added to the file since then (e.g. `balie.gemeente`, role `desk`) is added like this; one already there
 * is left as it is. Local stack only (master admin `LOKET_KEYCLOAK_ADMIN`, default admin / admin-local).
 */
export async function ensureDemoUser(username: string): Promise<void> {
  const realmFile = JSON.parse(readFileSync(REALM_FILE, 'utf8')) as { roles: { realm: RealmRole[] }; users: RealmUser[] };
  const user = realmFile.users.find((u) => u.username === username);
  if (!user) throw new Error(`${username} is not a demo user of ${REALM_FILE}`);
  const { keycloakUrl, realm } = testEnvironment();
  const admin = await adminToken(keycloakUrl);
  const api = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${keycloakUrl}/admin/realms/${realm}${path}`, {
      method,
      headers: { authorization: `Bearer ${admin}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status >= 400 && response.status !== 404 && response.status !== 409) {
      throw new Error(`Keycloak admin ${method} ${path}: ${response.status} ${await response.text()}`);
    }
    return response;
  };
  const roles: { id: string; name: string }[] = [];
  for (const name of (user.realmRoles ?? []).filter((r) => r !== 'default-roles-loket')) {
    let found = await api('GET', `/roles/${encodeURIComponent(name)}`);
    if (found.status === 404) {
      const role = realmFile.roles.realm.find((r) => r.name === name);
      await api('POST', '/roles', { name, description: role?.description ?? name });
      found = await api('GET', `/roles/${encodeURIComponent(name)}`);
    }
    roles.push((await found.json()) as { id: string; name: string });
  }
  const existing = (await (await api('GET', `/users?exact=true&username=${encodeURIComponent(username)}`)).json()) as { id: string }[];
  if (existing.length) return;
  await api('POST', '/users', {
    username: user.username,
    enabled: true,
    emailVerified: true,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    attributes: user.attributes ?? {},
    credentials: user.credentials ?? [],
  });
  const [created] = (await (await api('GET', `/users?exact=true&username=${encodeURIComponent(username)}`)).json()) as { id: string }[];
  if (!created) throw new Error(`Keycloak did not create ${username}`);
  await api('POST', `/users/${created.id}/role-mappings/realm`, roles);
}

async function adminToken(keycloakUrl: string): Promise<string> {
  const response = await fetch(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env['LOKET_KEYCLOAK_ADMIN'] ?? 'admin',
      password: process.env['LOKET_KEYCLOAK_ADMIN_PASSWORD'] ?? 'admin-local',
    }),
  });
  if (!response.ok) throw new Error(`Keycloak master admin token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
