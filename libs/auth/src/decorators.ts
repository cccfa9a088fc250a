import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Principal, Role } from './principal';

export const REQUIRED_ROLES = 'loket:required-roles';
export const OPTIONAL_AUTH = 'loket:optional-auth';

/** The route needs a token carrying at least one of these realm roles. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);

/** The route works without a token, but a token that is sent must be valid; then the principal is known. */
export const OptionalAuth = (): MethodDecorator & ClassDecorator => SetMetadata(OPTIONAL_AUTH, true);

/** The verified caller (undefined on an anonymous call to an `@OptionalAuth()` route). */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal | undefined => context.switchToHttp().getRequest().principal,
);
