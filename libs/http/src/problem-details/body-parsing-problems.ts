import type { NextFunction, Request, Response } from 'express';
import { CorrelationContext } from '@loket/observability';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { toProblem } from './problem-details.filter';

/** Express error handler for what fails before Nest sees the request: malformed or oversized JSON bodies. */
export function bodyParsingProblems(error: unknown, request: Request, response: Response, next: NextFunction): void {
  const type = (error as { type?: string } | null)?.type;
  if (type !== 'entity.parse.failed' && type !== 'entity.too.large' && type !== 'encoding.unsupported') return next(error);
  const problem = { ...toProblem(error), instance: request.originalUrl, correlationId: CorrelationContext.current()?.correlationId };
  response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
