import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { ProfessionalDirectory } from '../../directory/professional-directory';
import { CaseAccess } from '../case-access';
import { TeamMembersResponse, toTeamMember } from './team-member.response';

/**
 * Whom a case can be assigned to: the known members of the case's team. Scoped like acting on the case (a case
 * the caller does not hold is a 404), so a team's roster is shown only to those who can assign its cases.
 */
@Injectable()
export class ListTeamMembers {
  constructor(
    private readonly access: CaseAccess,
    private readonly directory: ProfessionalDirectory,
  ) {}

  async execute(principal: Principal, caseId: string): Promise<TeamMembersResponse> {
    const kase = await this.access.requireCase(principal, caseId);
    const members = await this.directory.membersOf(kase.organisation, kase.team);
    return { organisation: kase.organisation, team: kase.team, members: members.map(toTeamMember) };
  }
}
