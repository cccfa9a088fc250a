import { ApiProperty } from '@nestjs/swagger';
import type { ProfessionalRecord } from '../../directory/professional.entity';

/** A colleague a case can be assigned to. */
export class TeamMemberResponse {
  @ApiProperty({ description: 'The Keycloak subject: pass it as `assignee` of the assign transition' })
  subject!: string;

  @ApiProperty({ example: 'gemeente.stadsbeheer' })
  username!: string;
}

export class TeamMembersResponse {
  @ApiProperty({ example: 'municipality' })
  organisation!: string;

  @ApiProperty({ example: 'stadsbeheer' })
  team!: string;

  @ApiProperty({ type: [TeamMemberResponse], description: 'Members the workbench knows (each signed in at least once), by username' })
  members!: TeamMemberResponse[];
}

export const toTeamMember = ({ subject, username }: ProfessionalRecord): TeamMemberResponse => ({ subject, username });
