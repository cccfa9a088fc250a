import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import {
  CaseReporterView, ContactDetailsRequest, ContactDetailsResponse, ContactReadsQuery, ContactReadView,
} from './contact-reads.dto';
import { ListCaseReporters } from './list-case-reporters.query';
import { QueryContactReads } from './query-contact-reads.query';
import { RequestContactDetails } from './request-contact-details.use-case';

/** Professionals ask for a consenting reporter's contact details; administrators audit every read. */
@ApiTags('reporter contact details')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid token' })
@Controller('api/v1')
export class ContactDetailsController {
  constructor(
    private readonly listReporters: ListCaseReporters,
    private readonly requestDetails: RequestContactDetails,
    private readonly queryReads: QueryContactReads,
  ) {}

  @Get('cases/:caseId/reporters')
  @Roles('professional')
  @ApiOperation({ summary: 'The reporters of a case your organisation holds, one per report, without names' })
  @ApiOkResponse({ type: [CaseReporterView] })
  @ApiForbiddenResponse({ description: 'Not a professional' })
  @ApiNotFoundResponse({ description: 'No such case for your organisation' })
  reporters(@CurrentPrincipal() principal: Principal, @Param('caseId', ParseUUIDPipe) caseId: string): Promise<CaseReporterView[]> {
    return this.listReporters.execute(principal, caseId);
  }

  @Post('cases/:caseId/reports/:reportId/contact-details-requests')
  @HttpCode(200)
  @Roles('professional')
  @ApiOperation({ summary: 'Ask, with a reason, for the contact details of the reporter of one report (audited)' })
  @ApiOkResponse({ type: ContactDetailsResponse })
  @ApiForbiddenResponse({ description: 'Not a professional, or the reporter did not consent to professional contact' })
  @ApiNotFoundResponse({ description: 'No such case for your organisation, no such report on it, or no details held' })
  request(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('reportId', ParseUUIDPipe) reportId: string,
    @Body() body: ContactDetailsRequest,
  ): Promise<ContactDetailsResponse> {
    return this.requestDetails.execute(principal, caseId, reportId, body.reason);
  }

  @Get('admin/contact-detail-reads')
  @Roles('admin')
  @ApiOperation({ summary: 'The audit log of contact-detail reads, newest first: who, organisation, when, why, which reporter' })
  @ApiOkResponse({ type: [ContactReadView] })
  @ApiForbiddenResponse({ description: 'Not an administrator' })
  reads(@Query() query: ContactReadsQuery): Promise<ContactReadView[]> {
    return this.queryReads.execute(query);
  }
}
