import { ProblemException } from '@loket/http';

/**
 * A read of reporter data that is refused: the answer the caller gets (`problem`, which never says more than
 * "not found" or "not allowed") and the refusal the audit log keeps (`refusal`, which says why).
 */
export class RefusedRead extends Error {
  constructor(
    readonly refusal: string,
    readonly problem: ProblemException,
  ) {
    super(`refused: ${refusal}`);
  }
}
