import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import type { CaseRecord } from '../cases/persistence/case.entity';
import { ProfessionalDirectory } from './professional-directory';

/**
 * Who a case may be assigned to: a colleague the workbench knows as a member of the case's team (from their
 * token, the last time they called the API). Claiming a case for oneself needs the
 * case's organisation.
 */
@Injectable()
export class TeamMembership {
  constructor(private readonly directory: ProfessionalDirectory) {}

  async requireAssignable(
    tx: EntityManager,
    kase: CaseRecord,
    assignee: string | undefined,
    principal: Principal,
  ): Promise<void> {
    if (assignee === undefined || assignee === principal.subject) {
      // Claiming a case is for its own organisation only (need-to-know: a coordinator does not take another
      // organisation's case); access checks already keep others out, this keeps the rule where assignment is.
      if (principal.organisation !== kase.organisation) throw notInTeam(principal.subject, kase);
      return;
    }
    const colleague = await this.directory.find(assignee, tx);
    if (!colleague) {
      throw ProblemException.badRequest(`${assignee} is not a professional the workbench knows`, [
        {
          field: 'assignee',
          messages: ['assignee must be a professional who has used the workbench (signed in at least once)'],
        },
      ]);
    }
    if (colleague.organisation !== kase.organisation || !colleague.teams.includes(kase.team)) {
      throw notInTeam(assignee, kase);
    }
  }
}

function notInTeam(assignee: string, kase: CaseRecord): ProblemException {
  return new ProblemException(
    409,
    'assignee-not-in-team',
    'Conflict',
    `${assignee} is not a member of team ${kase.team} of ${kase.organisation}, which has the case; ` +
      'hand the case over to their team first, or assign it to a member of this team',
    { assignee, team: kase.team, organisation: kase.organisation },
  );
}
