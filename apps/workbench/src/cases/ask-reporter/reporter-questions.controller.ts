import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { AskReporterRequest, ReporterQuestionResponse } from './ask-reporter.request';
import { AskReporter } from './ask-reporter.use-case';

@ApiTags('cases')
@ApiBearerAuth()
@Roles('professional')
@Controller('api/v1/cases')
export class ReporterQuestionsController {
  constructor(private readonly askReporter: AskReporter) {}

  @Post(':id/questions')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Ask the case's reporters a question: by e-mail where they gave an address and consent, on their tracking page always. " +
      'The case waits for the answer (SLA paused) for waitDays, then goes on by itself; the answer lands in the case file',
  })
  @ApiCreatedResponse({ type: ReporterQuestionResponse })
  @ApiConflictResponse({ description: 'The case changed since you read it, is not open, or is not assigned while it should wait' })
  ask(@Param('id') caseId: string, @Body() body: AskReporterRequest, @CurrentPrincipal() principal: Principal): Promise<ReporterQuestionResponse> {
    return this.askReporter.execute(principal, caseId, body);
  }
}
