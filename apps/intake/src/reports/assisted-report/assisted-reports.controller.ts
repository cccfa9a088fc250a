import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { SubmitReportRequest, SubmitReportResponse } from '../submit-report/submit-report.request';
import { SubmitReport } from '../submit-report/submit-report.use-case';
import { AssistedReportRequest } from './assisted-report.request';

/**
 * A desk or phone agent submits a report on behalf of a resident, through the same use-case as the web loket:
 * the channel (phone, desk, counter), the resident's tier and contact details (sealed for the feedback service,
 * so the resident hears back as any reporter does) and the agent's identity on the report and its event.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Roles('desk')
@Controller('api/v1/assisted-reports')
export class AssistedReportsController {
  constructor(private readonly submitReport: SubmitReport) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key and body give the same answer' })
  @ApiCreatedResponse({ type: SubmitReportResponse, description: "The report's id and the resident's tracking code: read it out or hand it over" })
  @ApiBadRequestResponse({ description: 'A bad field or answer, each named' })
  @ApiForbiddenResponse({ description: 'Only the desk role submits on behalf of a resident' })
  submit(
    @Body() body: AssistedReportRequest,
    @CurrentPrincipal() agent: Principal,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<SubmitReportResponse> {
    const { channel, reporterTier, ...report } = body;
    return this.submitReport.execute(Object.assign(new SubmitReportRequest(), report), agent, idempotencyKey, [], {
      channel,
      tier: reporterTier,
      agent: { subject: agent.subject, username: agent.username },
    });
  }
}
