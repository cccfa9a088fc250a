import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ProblemException } from '../problem-details/problem';
import { RateLimits } from './rate-limits';

const RATE_LIMIT_BUCKET = 'loket:rate-limit-bucket';

/** Counts this route's requests against the service's limit of that name (see RateLimits). */
export const RateLimited = (bucket: string) => SetMetadata(RATE_LIMIT_BUCKET, bucket);

/**
 * Refuses a client over a route's limit with 429 and `Retry-After`. The client is the request's address as
 * Express reads it, so behind the gateway (or another proxy) set `LOKET_TRUST_PROXY_HOPS` to the number of
 * proxies in front of the service, never more.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly limits: RateLimits,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.getAllAndOverride<string | undefined>(RATE_LIMIT_BUCKET, [context.getHandler(), context.getClass()]);
    if (!bucket) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const verdict = await this.limits.take(bucket, clientAddressOf(request));
    if (verdict.allowed) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(verdict.retryAfterSeconds));
    throw new ProblemException(429, 'too-many-requests', 'Too many requests', verdict.refusal);
  }
}

export function clientAddressOf(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
