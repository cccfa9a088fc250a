import { ApiProblem } from '../api/http';

export { ApiProblem };

export type ProblemKind = 'not-found' | 'conflict' | 'stale' | 'forbidden' | 'invalid' | 'unavailable' | 'unauthorised' | 'failed';

/** What kind of refusal a problem is, for the sentence the page shows above the service's own. */
export function problemKind(problem: ApiProblem): ProblemKind {
  if (problem.status === 0 || problem.status === 502 || problem.status === 503 || problem.status === 504) return 'unavailable';
  if (problem.status === 401) return 'unauthorised';
  if (problem.status === 403) return 'forbidden';
  if (problem.status === 404) return 'not-found';
  if (problem.status === 409) return isStale(problem) ? 'stale' : 'conflict';
  if (problem.status === 400 || problem.status === 413 || problem.status === 415 || problem.status === 422) return 'invalid';
  return 'failed';
}

/**
 * The problem's type when it is one of `known` (a refusal the page explains in its own words), else undefined:
 * `not-evaluated` from `https://loket.example/problems/not-evaluated`.
 */
export function knownProblemType<T extends string>(error: unknown, known: readonly T[]): T | undefined {
  if (!(error instanceof ApiProblem) || error.type === undefined) return undefined;
  return (known as readonly string[]).includes(error.type) ? (error.type as T) : undefined;
}

/** A concurrent edit: the case (or document) changed since it was read; the services all say it so. */
function isStale(problem: ApiProblem): boolean {
  return /changed since you read/i.test(problem.detail ?? '');
}
