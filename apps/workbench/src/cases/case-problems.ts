import { ProblemException } from '@loket/http';
import type { TransitionFailureCode, TransitionName } from '@loket/case-lifecycle';
import type { CaseStatus } from '@loket/contracts';

/**
 * The case errors the workbench answers with. A case the caller may not see is reported exactly like one
 * that does not exist, so its existence does not leak.
 */
export const CaseProblems = {
  notFound(caseId: string): ProblemException {
    return ProblemException.notFound(`There is no case ${caseId}`);
  },

  noOrganisation(): ProblemException {
    return new ProblemException(
      403,
      'no-organisation',
      'Not allowed',
      'Your account is not linked to an organisation, so it can see no cases',
    );
  },

  staleVersion(expectedVersion: number, currentVersion: number | null): ProblemException {
    return new ProblemException(
      409,
      'stale-version',
      'Conflict',
      `The case changed since you read it (you expected version ${expectedVersion}${
        currentVersion === null ? '' : `, it is at version ${currentVersion}`
      }); reload it and try again`,
      currentVersion === null ? { expectedVersion } : { expectedVersion, currentVersion },
    );
  },

  transitionRefused(
    code: TransitionFailureCode,
    reason: string,
    currentStatus: CaseStatus,
    allowedTransitions: TransitionName[],
  ): ProblemException {
    const allowed = allowedTransitions.length > 0 ? allowedTransitions.join(', ') : 'none';
    return new ProblemException(
      409,
      code === 'illegal-transition' ? 'illegal-transition' : 'transition-not-possible',
      'Conflict',
      `${capitalise(reason)}; allowed now: ${allowed}`,
      { currentStatus, allowedTransitions },
    );
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
