import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toProblem } from '@loket/http';
import { formatOf, sendOpen311, XML_SHAPES } from './open311-format';

/** A GeoReport v2 error: `[{code, description}]`, with the HTTP status as its code. */
export interface Open311Error {
  code: number;
  description: string;
}

/**
 * Errors of the Open311 door in the spec's own format (`[{code, description}]`, or `<errors><error>…` for an
 * address ending in `.xml`) instead of Loket's problem details: a 400 names each bad field, a 403 is a missing or
 * invalid api_key, a 404 an unknown service or request, 429 carries Retry-After.
 */
@Catch()
export class Open311ErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = toProblem(exception);
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    const retryAfter = problem['retryAfterSeconds'];
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    sendOpen311(response, formatOfPath(request.path), XML_SHAPES.errors, open311ErrorsOf(problem), problem.status);
  }
}

export function open311ErrorsOf(problem: { status: number; title: string; detail?: string; errors?: { field: string; messages: string[] }[] }): Open311Error[] {
  if (problem.errors?.length) {
    return problem.errors.map((e) => ({ code: problem.status, description: `${e.field}: ${e.messages.join(', ')}` }));
  }
  return [{ code: problem.status, description: problem.detail ?? problem.title }];
}

function formatOfPath(path: string): 'json' | 'xml' {
  return formatOf(/\.([a-z]+)$/.exec(path)?.[1]) ?? 'json';
}
