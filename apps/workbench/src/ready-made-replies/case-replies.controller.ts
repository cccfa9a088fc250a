import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { CaseRepliesResponse } from './ready-made-replies.response';
import { ShowReplyLibrary } from './show-reply-library.use-case';

/** A professional picks a standard reply for the case in hand: only those of the case's category. */
@ApiTags('cases')
@ApiBearerAuth()
@Roles('professional', 'coordinator')
@Controller('api/v1/cases')
export class CaseRepliesController {
  constructor(private readonly show: ShowReplyLibrary) {}

  @Get(':id/ready-made-replies')
  @ApiOperation({ summary: "The ready-made replies for this case's category (its sub category's first)" })
  @ApiOkResponse({ type: CaseRepliesResponse })
  @ApiNotFoundResponse({ description: 'No such case, or not one you hold' })
  forCase(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<CaseRepliesResponse> {
    return this.show.forCase(principal, caseId);
  }
}
