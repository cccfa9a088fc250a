import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { LinkedReportView, LinkReport } from '../move-reports/link-report.use-case';
import { SplitCase, SplitCaseView } from '../move-reports/split-case.use-case';
import { RerouteCase, ReroutedCaseView } from '../reroute/reroute-case.use-case';
import { LinkReportRequest, RerouteCaseRequest, SplitCaseRequest } from './case-corrections.request';

/**
 * Coordinators correct where a case went and which reports it holds: re-route it, move a report into it, split
 * reports off into a new case. Routing owns these facts and publishes them; the workbench and feedback follow.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@ApiNotFoundResponse({ description: 'No such case (problem details)' })
@ApiConflictResponse({ description: 'The case is closed, already there, or being changed by another correction right now (problem details)' })
@Controller('api/v1/cases')
export class CaseCorrectionsController {
  constructor(
    private readonly rerouteCase: RerouteCase,
    private readonly linkReport: LinkReport,
    private readonly splitCase: SplitCase,
  ) {}

  @Post(':caseId/reroute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-route a misrouted case to a named organisation/team or where the published policy sends it now, optionally under a corrected category; publishes case.reassigned (via coordinator)' })
  @ApiOkResponse({ description: 'The reassignment as published' })
  @ApiBadRequestResponse({ description: 'Unknown organisation, team or category, a subcategory without a category, or no reason (problem details)' })
  reroute(
    @CurrentPrincipal() actor: Principal,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: RerouteCaseRequest,
  ): Promise<ReroutedCaseView> {
    if (body.subcategory !== undefined && body.category === undefined) throw ProblemException.badRequest('A subcategory needs its category');
    const category = body.category === undefined ? undefined : { main: body.category, ...(body.subcategory ? { sub: body.subcategory } : {}) };
    return this.rerouteCase.execute(actor, { caseId, organisation: body.organisation, team: body.team, category, reason: body.reason });
  }

  @Post(':caseId/reports/:reportId/link')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a report from its case into this one; a case left without reports is merged into this one' })
  @ApiOkResponse({ description: 'Where the report came from and whether its old case was merged' })
  @ApiBadRequestResponse({ description: 'Unknown report, or already in this case (problem details)' })
  link(
    @CurrentPrincipal() actor: Principal,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Param('reportId', new ParseUUIDPipe()) reportId: string,
    @Body() body: LinkReportRequest,
  ): Promise<LinkedReportView> {
    return this.linkReport.execute(actor, { caseId, reportId, reason: body.reason });
  }

  @Post(':caseId/split')
  @HttpCode(200)
  @ApiOperation({ summary: 'Split reports off this case into one new case (the oldest opens it by the published policy)' })
  @ApiOkResponse({ description: 'The new case and the reports in it' })
  @ApiBadRequestResponse({ description: 'A report not in this case, named twice, or all of its reports (problem details)' })
  split(
    @CurrentPrincipal() actor: Principal,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: SplitCaseRequest,
  ): Promise<SplitCaseView> {
    return this.splitCase.execute(actor, { caseId, reportIds: body.reportIds, reason: body.reason });
  }
}
