import type { Operation } from '@loket/testing';

/**
 * The access matrix's callers, in the order of the table's columns: no one, a resident, a volunteer, a
 * professional of the organisation holding the fixture case (social work), a professional of another
 * organisation (the police), a coordinator and an administrator (deploy/keycloak/loket-realm.json).
 */
export const MATRIX_CALLERS = [
  'anonymous',
  'bewoner',
  'vrijwilliger',
  'welzijn.wijkteam',
  'politie.wijkagent',
  'coordinator',
  'admin',
] as const;
export type MatrixCaller = (typeof MATRIX_CALLERS)[number];

/**
 * One answer, as the matrix reads it: `Y` admitted (any answer below 500 other than 401, 403 and 404: the
 * request passed authentication and authorisation, even when its empty body is then refused as 400); `N`
 * refused (401 or 403); `H` not found (404: need-to-know hiding a case, or nothing at that address); `E` a 5xx.
 */
export type Outcome = 'Y' | 'N' | 'H' | 'E';

export function outcomeOf(status: number): Outcome {
  if (status >= 500) return 'E';
  if (status === 401 || status === 403) return 'N';
  if (status === 404) return 'H';
  return 'Y';
}

/** `GET /api/v1/cases/{id}` in the workbench: how the table names an operation. */
export function operationKey(operation: Pick<Operation, 'service' | 'method' | 'path'>): string {
  return `${operation.service} ${operation.method.toUpperCase()} ${operation.path}`;
}
