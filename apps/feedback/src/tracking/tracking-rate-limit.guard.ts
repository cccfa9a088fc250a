import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ProblemException, RateLimiter } from '@loket/http';

export abstract class TrackingRateLimiter extends RateLimiter {}

/** At most N tracking look-ups a minute per client address; more is a 429 problem with `Retry-After`. */
@Injectable()
export class TrackingRateLimitGuard implements CanActivate {
  constructor(private readonly limiter: TrackingRateLimiter) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const verdict = this.limiter.take(request.ip ?? request.socket.remoteAddress ?? 'unknown');
    if (verdict.allowed) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(verdict.retryAfterSeconds));
    throw new ProblemException(429, 'too-many-requests', 'Too many requests', 'Too many tracking look-ups from your address; try again later');
  }
}
