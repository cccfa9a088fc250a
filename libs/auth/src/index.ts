export { AuthConfig, authConfigFromEnv } from './auth.config';
export { AuthGuard } from './auth.guard';
export { AuthModule } from './auth.module';
export { CurrentPrincipal, OptionalAuth, Roles } from './decorators';
export { InvalidTokenError, KeycloakTokenVerifier, VerifierUnavailableError } from './keycloak-token-verifier';
export type { Principal, Role } from './principal';
export { hasAnyRole, principalFromClaims, ROLES } from './principal';
