import { AsyncLocalStorage } from 'node:async_hooks';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import type { Principal } from '@loket/auth';

const storage = new AsyncLocalStorage<Principal>();

/**
 * The person on whose behalf the current HTTP request runs, for the audit log: whatever a use-case changes
 * while handling the request is recorded in their name (with their roles and organisation). Outside a
 * request — handling an event — there is none, and the change is the system's.
 */
export const ActingPrincipal = {
  current(): Principal | null {
    return storage.getStore() ?? null;
  },
  run<T>(principal: Principal, fn: () => T): T {
    return storage.run(principal, fn);
  },
};

/** Runs each authenticated request's handler as its principal (the guard has verified the token by now). */
@Injectable()
export class ActingPrincipalInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
    return principal ? ActingPrincipal.run(principal, () => next.handle()) : next.handle();
  }
}
