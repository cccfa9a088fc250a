import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, throwError } from 'rxjs';
import { CorrelationContext } from '@loket/observability';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException, problemTypeUri } from './problem';

const TITLES: Record<number, string> = {
  400: 'Your request is not valid',
  401: 'Authentication required',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  503: 'Service unavailable',
};

/**
 * The one place where HTTP errors become RFC 9457 problem details. It is global (and the Kafka transport
 * inherits the app's global filters), so an error from any other transport goes back to that transport
 * untouched: the event consumer decides between retry and dead letter, never an HTTP response.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const problem = toProblem(exception);
    problem.instance = request.originalUrl;
    problem.correlationId = CorrelationContext.current()?.correlationId;
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

}

/** Maps anything thrown to the problem it means; unknown errors are a 500 that reveals nothing. */
export function toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) {
      return {
        type: problemTypeUri(exception.problemType),
        title: exception.title,
        status: exception.status,
        detail: exception.detail,
        ...exception.extensions,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { type: problemTypeUri(slug(status)), title: TITLES[status] ?? exception.name, status, detail: detailOf(exception) };
    }
    const bodyParserError = exception as { type?: string; status?: number; message?: string };
    if (bodyParserError?.type === 'entity.parse.failed') {
      return { type: problemTypeUri('malformed-json'), title: 'Your request is not valid', status: 400, detail: 'The body is not valid JSON' };
    }
    if (bodyParserError?.type === 'entity.too.large') {
      return { type: problemTypeUri('payload-too-large'), title: 'Your request is not valid', status: 400, detail: 'The body exceeds the size limit' };
    }
    return {
      type: problemTypeUri('internal-error'),
      title: 'Internal error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: 'Something went wrong on our side; it has been logged',
    };
}

function detailOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}

function slug(status: number): string {
  return (TITLES[status] ?? `http-${status}`).toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
