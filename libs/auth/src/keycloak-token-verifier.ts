import { Injectable } from '@nestjs/common';
// keycloak-connect is deprecated upstream: this is the only file that imports it, so a switch of verifier
// touches this file alone.
import KeycloakConnect from 'keycloak-connect';
import { AuthConfig } from './auth.config';
import { Principal, principalFromClaims } from './principal';
import { checkTokenClaims, UnacceptableClaimsError } from './token-claims';
import { VerifiedTokenCache } from './verified-token-cache';

export class InvalidTokenError extends Error {}
export class VerifierUnavailableError extends Error {}

interface GrantManager {
  createGrant(raw: { access_token: string }): Promise<{ access_token?: { content: Record<string, unknown> } }>;
}

/**
 * Validates bearer tokens against the realm: signature (keys from the realm's JWKS, cached by kid), expiry,
 * issuer and audience, then Loket's own demands on the claims (an `exp` at all, an allowed `azp`). Nothing else
 * about Keycloak leaks out of here. A token that passed is remembered for a short while, never past its expiry
 * (VerifiedTokenCache), so repeated requests with it skip the signature check.
 */
@Injectable()
export class KeycloakTokenVerifier {
  private readonly grants: GrantManager;
  private readonly verified: VerifiedTokenCache;

  constructor(private readonly config: AuthConfig) {
    this.verified = new VerifiedTokenCache(10_000, Date.now, config.verifiedTokenCacheSeconds * 1000);
    const keycloak = new KeycloakConnect({}, {
      realm: config.realm,
      'auth-server-url': config.keycloakUrl,
      resource: config.audience,
      'bearer-only': true,
      'ssl-required': 'external',
      'confidential-port': 0,
      'verify-token-audience': true,
    } as unknown as KeycloakConnect.KeycloakConfig);
    this.grants = (keycloak as unknown as { grantManager: GrantManager }).grantManager;
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known) return known;
    try {
      const grant = await this.grants.createGrant({ access_token: token });
      if (!grant.access_token) throw new InvalidTokenError('no access token');
      const claims = grant.access_token.content;
      checkTokenClaims(claims, { allowedClients: this.config.allowedClients, nowSeconds: Date.now() / 1000 });
      const principal = principalFromClaims(claims);
      this.verified.remember(token, principal, claims['exp']);
      return principal;
    } catch (error) {
      if (error instanceof UnacceptableClaimsError) throw new InvalidTokenError(error.message);
      const message = (error as Error).message ?? '';
      if (/failed to load public key/i.test(message)) throw new VerifierUnavailableError(message);
      throw new InvalidTokenError(message);
    }
  }
}
