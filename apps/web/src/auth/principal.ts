/** Who is signed in, as the web needs to know it: read from the access token Keycloak issued. */
export type Tier = 'resident' | 'volunteer' | 'desk' | 'professional' | 'coordinator' | 'admin';

export interface SignedInPerson {
  username: string;
  name: string;
  roles: string[];
  /** The most trusted role the person holds, as the loket shows it. */
  tier: Tier;
  /** Their e-mail address as Keycloak knows it, to suggest where a digest goes ('' when none). */
  email: string;
}

const BY_TRUST: Tier[] = ['admin', 'coordinator', 'professional', 'desk', 'volunteer', 'resident'];

export function personFromAccessToken(accessToken: string): SignedInPerson {
  const payload = decodePayload(accessToken);
  const roles = Array.isArray(payload.realm_access?.roles) ? payload.realm_access.roles.filter((r): r is string => typeof r === 'string') : [];
  return {
    username: String(payload.preferred_username ?? ''),
    name: String(payload.name ?? payload.preferred_username ?? ''),
    roles,
    tier: BY_TRUST.find((tier) => roles.includes(tier)) ?? 'resident',
    email: typeof payload.email === 'string' ? payload.email : '',
  };
}

interface TokenPayload {
  preferred_username?: unknown;
  name?: unknown;
  email?: unknown;
  realm_access?: { roles?: unknown[] };
}

function decodePayload(token: string): TokenPayload {
  const part = token.split('.')[1] ?? '';
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as TokenPayload;
  } catch {
    return {};
  }
}
