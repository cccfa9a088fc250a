import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { CaseSummaryResponse } from '../cases/case-summary.response';
import {
  DeclineReopenRequestBody,
  GrantReopenRequestBody,
  ReopenRequestResponse,
} from './decide-reopen-request/decide-reopen-request.request';
import { DeclineReopenRequest } from './decide-reopen-request/decline-reopen-request.use-case';
import { GrantReopenRequest } from './decide-reopen-request/grant-reopen-request.use-case';

/** Coordinators decide reporters' reopen requests from the triage queue (`GET /api/v1/cases?queue=triage`). */
@ApiTags('triage')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('api/v1/cases/:id/reopen-requests/:requestId')
export class ReopenRequestsController {
  constructor(
    private readonly grantRequest: GrantReopenRequest,
    private readonly declineRequest: DeclineReopenRequest,
  ) {}

  @Post('grant')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseSummaryResponse, description: 'The reopened case' })
  @ApiNotFoundResponse({ description: 'No such case or request' })
  @ApiConflictResponse({ description: 'Already decided, a stale expectedVersion, or the state machine refuses to reopen' })
  grant(
    @Param('id') caseId: string,
    @Param('requestId') requestId: string,
    @Body() body: GrantReopenRequestBody,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseSummaryResponse> {
    return this.grantRequest.execute(principal, caseId, requestId, body);
  }

  @Post('decline')
  @HttpCode(200)
  @ApiOkResponse({ type: ReopenRequestResponse })
  @ApiNotFoundResponse({ description: 'No such case or request' })
  @ApiConflictResponse({ description: 'Already decided' })
  decline(
    @Param('id') caseId: string,
    @Param('requestId') requestId: string,
    @Body() body: DeclineReopenRequestBody,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReopenRequestResponse> {
    return this.declineRequest.execute(principal, caseId, requestId, body);
  }
}
