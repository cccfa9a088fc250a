import { FieldError } from '@loket/contracts';

/** RFC 9457 problem details, the body of every HTTP error Loket returns. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  correlationId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A domain or request error that leaves the service as a problem-details response. */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly problemType: string,
    readonly title: string,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }

  static badRequest(detail: string, errors?: FieldError[]): ProblemException {
    return new ProblemException(400, 'validation-error', 'Your request is not valid', detail, errors ? { errors } : {});
  }
  static notFound(detail: string): ProblemException {
    return new ProblemException(404, 'not-found', 'Not found', detail);
  }
  static conflict(detail: string, extensions: Record<string, unknown> = {}): ProblemException {
    return new ProblemException(409, 'conflict', 'Conflict', detail, extensions);
  }
}

export function problemTypeUri(type: string): string {
  return `https://loket.example/problems/${type}`;
}
