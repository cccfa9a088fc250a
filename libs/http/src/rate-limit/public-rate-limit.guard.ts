import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ProblemException } from '../problem-details/problem';
import { RateLimiter } from './rate-limiter';

/** The limiter of a service's public look-up routes (geocoder, …): provide it with the configured limit. */
export abstract class PublicRateLimiter extends RateLimiter {}

/** At most N requests a minute per client address on a public route; more is a 429 problem with `Retry-After`. */
@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  constructor(private readonly limiter: PublicRateLimiter) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const verdict = this.limiter.take(request.ip ?? request.socket.remoteAddress ?? 'unknown');
    if (verdict.allowed) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(verdict.retryAfterSeconds));
    throw new ProblemException(429, 'too-many-requests', 'Too many requests', 'Too many requests from your address; try again later');
  }
}
