import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import type { Principal } from '@loket/auth';
import { Clock } from '../clock';
import { ProfessionalDirectory } from './professional-directory';

const REFRESH_MS = 10 * 60_000;

/**
 * Keeps the directory of professionals up to date from the tokens of those who call the API. It writes only
 * when a token says something new about its holder, or every ten minutes (last seen), so queue reads stay
 * reads. Only professionals and coordinators are kept. Best effort: a failed write is logged and retried on the
 * next call, never the caller's problem (their request goes on; an assignment to them may wait for it).
 */
@Injectable()
export class RecordProfessionalInterceptor implements NestInterceptor {
  private readonly written = new Map<string, { signature: string; at: number }>();
  private readonly logger = new Logger(RecordProfessionalInterceptor.name);

  constructor(
    private readonly directory: ProfessionalDirectory,
    private readonly clock: Clock,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() === 'http') {
      const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
      if (principal && principal.roles.some((role) => role === 'professional' || role === 'coordinator')) {
        await this.record(principal);
      }
    }
    return next.handle();
  }

  private async record(principal: Principal): Promise<void> {
    const now = this.clock.now();
    const signature = JSON.stringify([principal.username, principal.organisation, [...principal.teams].sort()]);
    const last = this.written.get(principal.subject);
    if (last && last.signature === signature && now.getTime() - last.at < REFRESH_MS) return;
    try {
      await this.directory.saw(principal, now);
      this.written.set(principal.subject, { signature, at: now.getTime() });
    } catch (error) {
      this.logger.warn(`could not record professional ${principal.subject}: ${(error as Error).message}`);
    }
  }
}
