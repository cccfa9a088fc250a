export const ROLES = ['resident', 'volunteer', 'professional', 'coordinator', 'admin', 'case-content-reader', 'desk'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as the token says: roles, and for professionals their organisation and teams. */
export interface Principal {
  subject: string;
  username: string;
  roles: Role[];
  organisation: string | null;
  teams: string[];
}

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}

/** Reads a principal from verified token claims; unknown roles are ignored. */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const realmRoles = ((claims['realm_access'] as { roles?: unknown } | undefined)?.roles ?? []) as unknown[];
  const teams = claims['teams'];
  const organisation = claims['organisation'];
  return {
    subject: String(claims['sub'] ?? ''),
    username: String(claims['preferred_username'] ?? ''),
    roles: realmRoles.filter((r): r is Role => (ROLES as readonly unknown[]).includes(r)),
    organisation: typeof organisation === 'string' && organisation ? organisation : null,
    teams: Array.isArray(teams) ? teams.filter((t): t is string => typeof t === 'string') : typeof teams === 'string' ? [teams] : [],
  };
}
