import { describe, expect, it } from 'vitest';
import { ApiProblem, knownProblemType, problemKind } from './api-problem';

describe('what kind of refusal a problem is', () => {
  it('tells a concurrent edit from another conflict', () => {
    expect(problemKind(new ApiProblem(409, 'Conflict', 'The case changed since you read it (you expected version 1, it is at version 2); reload it and try again'))).toBe('stale');
    expect(problemKind(new ApiProblem(409, 'Conflict', 'The ready-made replies changed since you read them'))).toBe('stale');
    expect(problemKind(new ApiProblem(409, 'Conflict', 'resolve is not allowed from new'))).toBe('conflict');
  });

  it('names the other refusals', () => {
    expect([0, 401, 403, 404, 400, 503, 500].map((s) => problemKind(new ApiProblem(s, 't')))).toEqual([
      'unavailable', 'unauthorised', 'forbidden', 'not-found', 'invalid', 'unavailable', 'failed',
    ]);
  });

  it('names a problem type the page knows, and nothing for another type, no type or another error', () => {
    const known = ['not-evaluated', 'already-active'] as const;
    expect(knownProblemType(new ApiProblem(409, 'Conflict', 'evaluate version 3 first', [], 'not-evaluated'), known)).toBe('not-evaluated');
    expect(knownProblemType(new ApiProblem(409, 'Conflict', 'busy', [], 'conflict'), known)).toBeUndefined();
    expect(knownProblemType(new ApiProblem(409, 'Conflict'), known)).toBeUndefined();
    expect(knownProblemType(new Error('not-evaluated'), known)).toBeUndefined();
  });
});
