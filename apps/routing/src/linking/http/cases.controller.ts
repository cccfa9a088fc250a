import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { CaseReportsQuery, CaseReportsView } from '../case-reports.query';
import { ConfirmedLinkView, ConfirmLink } from '../learning/confirm-link.use-case';
import { MergeCases, MergedCasesView } from '../merge-cases.use-case';
import { UnlinkedReportView, UnlinkReport } from '../unlink-report.use-case';
import { MergeCasesRequest, UnlinkReportRequest } from './case-corrections.request';

/** Coordinators correct incident linking: which reports belong to a case, unlink a report, merge two cases. */
@ApiTags('cases')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    private readonly caseReports: CaseReportsQuery,
    private readonly unlinkReport: UnlinkReport,
    private readonly mergeCases: MergeCases,
    private readonly confirmLink: ConfirmLink,
  ) {}

  @Get(':caseId/reports')
  @Roles('professional', 'coordinator', 'admin', 'case-content-reader')
  @ApiOperation({
    summary: "A case's reports with their texts: professionals of the holding organisation; coordinators for cases the coordinators hold, in triage or corrected by a coordinator; administrators only with case-content-reader. Every read and every refusal audited",
  })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may read (the refusal is audited)' })
  reports(@CurrentPrincipal() principal: Principal, @Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<CaseReportsView> {
    return this.caseReports.execute(principal, caseId);
  }

  @Post(':caseId/reports/:reportId/unlink')
  @HttpCode(200)
  unlink(
    @CurrentPrincipal() actor: Principal,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Param('reportId', new ParseUUIDPipe()) reportId: string,
    @Body() body: UnlinkReportRequest,
  ): Promise<UnlinkedReportView> {
    return this.unlinkReport.execute(actor, { caseId, reportId, reason: body.reason });
  }

  @Post(':caseId/reports/:reportId/confirm-link')
  @HttpCode(200)
  @ApiOperation({ summary: 'A coordinator confirms that the linker rightly put this report in this case (a labelled example, audited)' })
  @ApiNotFoundResponse({ description: 'The report was not linked to this case' })
  confirm(
    @CurrentPrincipal() actor: Principal,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Param('reportId', new ParseUUIDPipe()) reportId: string,
  ): Promise<ConfirmedLinkView> {
    return this.confirmLink.execute(actor, caseId, reportId);
  }

  @Post(':survivingCaseId/merge')
  @HttpCode(200)
  merge(
    @CurrentPrincipal() actor: Principal,
    @Param('survivingCaseId', new ParseUUIDPipe()) survivingCaseId: string,
    @Body() body: MergeCasesRequest,
  ): Promise<MergedCasesView> {
    return this.mergeCases.execute(actor, { survivingCaseId, absorbedCaseId: body.absorbedCaseId, reason: body.reason });
  }
}
