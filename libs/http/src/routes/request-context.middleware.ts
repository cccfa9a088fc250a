import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, CorrelationContext, Metrics } from '@loket/observability';

const VALID_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request a correlation id (the caller's `X-Correlation-Id` when it is sane, else a new one),
 * echoes it in the response and times the request for the metrics.
 */
export function requestContextMiddleware(metrics: Metrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const incoming = request.header(CORRELATION_HEADER);
    const correlationId = incoming && VALID_CORRELATION_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader(CORRELATION_HEADER, correlationId);
    const stop = metrics.httpRequests.startTimer({ method: request.method });
    response.on('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
      stop({ route: `${request.baseUrl}${route}`, status: String(response.statusCode) });
    });
    CorrelationContext.run({ correlationId, causationId: null }, next);
  };
}
