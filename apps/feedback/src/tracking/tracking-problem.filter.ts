import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { CorrelationContext } from '@loket/observability';
import { PROBLEM_CONTENT_TYPE, toProblem } from '@loket/http';

/**
 * Problem details for the tracking route, with the route rather than the requested URL as `instance`: the
 * URL holds the code, and a 404 must read the same for every code that opens nothing.
 */
@Catch()
export class TrackingProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = toProblem(exception);
    problem.instance = '/api/v1/tracking/{trackingCode}';
    problem.correlationId = CorrelationContext.current()?.correlationId;
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
