import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@loket/http';

/** The periods the privacy statement names, as this installation is configured (never a secret). */
export class PrivacyFacts {
  @ApiProperty({ example: 180, description: 'Contact details, message texts and remarks are removed this many days after the case closed' })
  contactRetentionDays!: number;

  @ApiProperty({ example: 365, description: 'How long the link in an e-mail (to manage preferences) works' })
  manageLinkDays!: number;

  @ApiProperty({ example: 30, description: 'How long a link to export or erase one’s data works (sent on request)' })
  dataLinkMinutes!: number;
}

@ApiTags('privacy')
@Controller('api/v1/privacy')
export class PrivacyFactsController {
  constructor(private readonly facts: PrivacyFacts) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The retention periods the privacy statement names, as configured here' })
  @ApiOkResponse({ type: PrivacyFacts })
  show(): PrivacyFacts {
    return { contactRetentionDays: this.facts.contactRetentionDays, manageLinkDays: this.facts.manageLinkDays, dataLinkMinutes: this.facts.dataLinkMinutes };
  }
}
