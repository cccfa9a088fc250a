import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { setAccessTokenSource } from '../api/http';
import { RuntimeConfig } from '../config/runtime-config';
import { personFromAccessToken, SignedInPerson } from './principal';

/**
 * Optional sign-in with Keycloak: OIDC authorization code flow with PKCE (oidc-client-ts), the session in
 * sessionStorage. The library is loaded only when someone signs in or already has a session, so an anonymous
 * resident's first page does not carry it.
 */
export const CALLBACK_PATH = '/aanmelden/terug';

export interface Auth {
  person: SignedInPerson | null;
  /** Still finding out whether a session exists. */
  loading: boolean;
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
  /** Finishes the redirect back from Keycloak; answers where to go next. */
  completeSignIn(): Promise<string>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

function hasStoredSession(clientId: string): boolean {
  try {
    return Object.keys(sessionStorage).some((key) => key.startsWith('oidc.user:') && key.endsWith(`:${clientId}`));
  } catch {
    return false;
  }
}

export function AuthProvider({ config, children }: { config: RuntimeConfig['oidc']; children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(() => hasStoredSession(config.clientId));
  const [manager, setManager] = useState<UserManager | null>(null);

  const load = useCallback(async (): Promise<UserManager> => {
    if (manager) return manager;
    const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
    const created = new UserManager({
      authority: config.authority,
      client_id: config.clientId,
      redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
      post_logout_redirect_uri: `${window.location.origin}/`,
      response_type: 'code',
      scope: 'openid',
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      // Renewed a minute before the access token expires with the refresh token Keycloak gives the code flow
      // (no reload, no iframe). When Keycloak's session has ended the renewal fails and the token runs out.
      automaticSilentRenew: true,
      accessTokenExpiringNotificationTimeInSeconds: 60,
    });
    created.events.addUserLoaded((loaded) => setUser(loaded));
    created.events.addUserUnloaded(() => setUser(null));
    created.events.addAccessTokenExpired(() => setUser(null));
    setManager(created);
    return created;
  }, [manager, config.authority, config.clientId]);

  useEffect(() => {
    if (!hasStoredSession(config.clientId)) return;
    let active = true;
    load()
      .then((m) => m.getUser())
      .then((found) => active && setUser(found && !found.expired ? found : null))
      .catch(() => active && setUser(null))
      .finally(() => active && setLoading(false));
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    setAccessTokenSource(() => (user && !user.expired ? user.access_token : undefined));
  }, [user]);

  const auth = useMemo<Auth>(
    () => ({
      person: user && !user.expired ? personFromAccessToken(user.access_token) : null,
      loading,
      signIn: async (returnTo = window.location.pathname + window.location.search) => {
        await (await load()).signinRedirect({ state: { returnTo } });
      },
      // Ends the Keycloak session too: the end-session endpoint with the id token as hint (no "do you want to
      // sign out?" page) and back to the loket's start page; oidc-client-ts removes the local user first.
      signOut: async () => {
        const m = await load();
        const current = await m.getUser();
        try {
          await m.signoutRedirect({ id_token_hint: current?.id_token, post_logout_redirect_uri: `${window.location.origin}/` });
        } catch {
          await m.removeUser();
          setUser(null);
        }
      },
      completeSignIn: async () => {
        const signedIn = await (await load()).signinRedirectCallback();
        setUser(signedIn);
        setLoading(false);
        const state = signedIn.state as { returnTo?: string } | undefined;
        return state?.returnTo?.startsWith('/') ? state.returnTo : '/';
      },
    }),
    [user, loading, load],
  );

  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
