import { testEnvironment } from './test-environment';

/** A real access token from the real Keycloak, by password grant on the scripts' client. */
export async function tokenFor(username: string, password = 'loket-demo'): Promise<string> {
  const { keycloakUrl, realm } = testEnvironment();
  const response = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'loket-cli', username, password }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
