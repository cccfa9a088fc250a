import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, RateLimited, RateLimitGuard } from '@loket/http';
import { CompleteMailReport } from './complete-mail-report.use-case';
import { CompleteMailReportRequest, CompletedMailReportResponse, MailReportAwaitingLocationResponse } from './complete-mail-report.request';

/** The link in Loket's answer to a mail that named no place: see the report, give its place. The token is the key. */
@ApiTags('reports')
@Public()
@RateLimited('reports')
@UseGuards(RateLimitGuard)
@Controller('api/v1/mail-reports')
export class MailReportsController {
  constructor(private readonly completeMailReport: CompleteMailReport) {}

  @Get(':token')
  @ApiOkResponse({ type: MailReportAwaitingLocationResponse })
  @ApiNotFoundResponse({ description: 'Unknown token, or the report was completed or forgotten' })
  show(@Param('token') token: string): Promise<MailReportAwaitingLocationResponse> {
    return this.completeMailReport.show(token);
  }

  @Post(':token/location')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CompletedMailReportResponse, description: 'Submitted; the tracking code comes in the receipt by e-mail' })
  @ApiNotFoundResponse({ description: 'Unknown token, or the report was completed or forgotten' })
  complete(@Param('token') token: string, @Body() place: CompleteMailReportRequest): Promise<CompletedMailReportResponse> {
    return this.completeMailReport.complete(token, place);
  }
}
