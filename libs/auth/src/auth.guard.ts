import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ProblemException, PUBLIC_ROUTE } from '@loket/http';
import { OPTIONAL_AUTH, REQUIRED_ROLES } from './decorators';
import { InvalidTokenError, KeycloakTokenVerifier } from './keycloak-token-verifier';
import { hasAnyRole, Principal, Role } from './principal';

/**
 * The global guard: every HTTP route needs a valid bearer token unless it is `@Public()`; `@Roles()` narrows
 * who may call it. No token or a bad one is a 401; a good token without the role a 403.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: KeycloakTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const token = bearerToken(request);
    const optional = this.reflector.getAllAndOverride<boolean>(OPTIONAL_AUTH, targets);
    if (!token) {
      if (optional) return true;
      throw unauthorized('A bearer token is required');
    }
    request.principal = await this.verify(token);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !hasAnyRole(request.principal, roles)) {
      throw new ProblemException(403, 'forbidden', 'Not allowed', `This needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }

  private async verify(token: string): Promise<Principal> {
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthorized('The bearer token is not valid');
      throw new ProblemException(503, 'auth-unavailable', 'Service unavailable', 'Tokens cannot be verified right now');
    }
  }
}

function bearerToken(request: Request): string | null {
  const header = request.header('authorization');
  const match = header?.match(/^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i);
  return match?.[1] ?? null;
}

function unauthorized(detail: string): ProblemException {
  return new ProblemException(401, 'unauthorized', 'Authentication required', detail);
}
