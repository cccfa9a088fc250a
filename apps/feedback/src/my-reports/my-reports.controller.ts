import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { AnswerQuestionRequest, AnswerReceivedResponse } from '../questions/answer-question.request';
import { AnswerQuestion } from '../questions/answer-question.use-case';
import { TrackingResponse } from '../tracking/tracking-response';
import { MyReportsResponse } from './my-reports.dto';
import { MyReports } from './my-reports.use-case';

@ApiTags('my-reports')
@ApiBearerAuth()
@Controller('api/v1/my-reports')
export class MyReportsController {
  constructor(
    private readonly myReports: MyReports,
    private readonly answerQuestion: AnswerQuestion,
  ) {}

  @Get()
  @Roles('resident', 'volunteer')
  @ApiOperation({ summary: 'The reports the signed-in resident or volunteer made while signed in, newest first, with their status' })
  @ApiOkResponse({ type: MyReportsResponse })
  @ApiForbiddenResponse({ description: 'Only residents and volunteers have reports of their own here' })
  list(@CurrentPrincipal() me: Principal): Promise<MyReportsResponse> {
    return this.myReports.list(me.subject);
  }

  @Get(':reportId')
  @Roles('resident', 'volunteer')
  @ApiOperation({ summary: 'One of my reports as its tracking page shows it' })
  @ApiOkResponse({ type: TrackingResponse })
  @ApiNotFoundResponse({ description: 'Not one of yours (the same answer as for a report that does not exist)' })
  one(@CurrentPrincipal() me: Principal, @Param('reportId', new ParseUUIDPipe()) reportId: string): Promise<TrackingResponse> {
    return this.myReports.one(me.subject, reportId);
  }

  @Post(':reportId/questions/:questionId/answer')
  @HttpCode(201)
  @Roles('resident', 'volunteer')
  @ApiOperation({ summary: 'Answer a question from the professional handling one of my reports (contact details are removed from the answer)' })
  @ApiOkResponse({ type: AnswerReceivedResponse })
  @ApiNotFoundResponse({ description: 'Not one of yours, or no open question with this id for it' })
  @ApiConflictResponse({ description: 'Answered already, or the time to answer has passed' })
  answer(
    @CurrentPrincipal() me: Principal,
    @Param('reportId', new ParseUUIDPipe()) reportId: string,
    @Param('questionId', new ParseUUIDPipe()) questionId: string,
    @Body() body: AnswerQuestionRequest,
  ): Promise<AnswerReceivedResponse> {
    return this.answerQuestion.execute((tx) => this.myReports.reporter(tx, me.subject, reportId), questionId, body.text);
  }
}
