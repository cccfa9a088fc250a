import { useAuth } from '../auth/auth';
import { api, type Api } from './api';

/** Who is signed in, as the token says: only for what the screens offer. The services decide every request. */
export interface WerkbankPrincipal {
  username: string;
  roles: string[];
}

export const useApi = (): Api => api;

export function usePrincipal(): WerkbankPrincipal | null {
  const { person } = useAuth();
  return person ? { username: person.username, roles: person.roles } : null;
}

export function hasRole(principal: WerkbankPrincipal | null, ...roles: string[]): boolean {
  return principal !== null && roles.some((role) => principal.roles.includes(role));
}
