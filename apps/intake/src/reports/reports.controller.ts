import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, OptionalAuth, Principal } from '@loket/auth';
import { SubmitReportRequest, SubmitReportResponse } from './submit-report/submit-report.request';
import { SubmitReport } from './submit-report/submit-report.use-case';

@ApiTags('reports')
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly submitReport: SubmitReport) {}

  @Post()
  @OptionalAuth()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key and body give the same answer' })
  @ApiCreatedResponse({ type: SubmitReportResponse })
  submit(
    @Body() body: SubmitReportRequest,
    @CurrentPrincipal() principal: Principal | undefined,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<SubmitReportResponse> {
    return this.submitReport.execute(body, principal, idempotencyKey);
  }
}
