import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CorrelationContext } from '@loket/observability';
import { PROBLEM_CONTENT_TYPE, toProblem } from '@loket/http';

/**
 * Problem details whose `instance` is the route template (`/api/v1/reporter-links/{token}/export`), never the
 * requested URL: the URL holds a secret (a signed token or a tracking code), and a refusal must read the same
 * whichever secret was sent.
 */
@Catch()
export class RouteProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = toProblem(exception);
    const route = (request.route as { path?: string } | undefined)?.path ?? '';
    problem.instance = `${request.baseUrl}${route}`.replace(/:([A-Za-z]+)/g, '{$1}');
    problem.correlationId = CorrelationContext.current()?.correlationId;
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
