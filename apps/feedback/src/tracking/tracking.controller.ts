import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseFilters, UseGuards } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public, RateLimited, RateLimitGuard } from '@loket/http';
import { AnswerQuestionRequest, AnswerReceivedResponse } from '../questions/answer-question.request';
import { AnswerQuestion } from '../questions/answer-question.use-case';
import { TrackReport } from './track-report.use-case';
import { TrackingProblemFilter } from './tracking-problem.filter';
import { TrackingResponse } from './tracking-response';

@ApiTags('tracking')
@Controller('api/v1/tracking')
@UseFilters(TrackingProblemFilter)
export class TrackingController {
  constructor(
    private readonly trackReport: TrackReport,
    private readonly answerQuestion: AnswerQuestion,
  ) {}

  @Get(':trackingCode')
  @Public()
  @RateLimited('tracking')
  @UseGuards(RateLimitGuard)
  @ApiOperation({ summary: "Follow a report with its tracking code: its stages and the messages its reporter may see" })
  @ApiOkResponse({ type: TrackingResponse })
  @ApiNotFoundResponse({ description: 'The same answer for every code that opens nothing' })
  @ApiTooManyRequestsResponse({ description: 'Too many look-ups from this address' })
  track(@Param('trackingCode') trackingCode: string): Promise<TrackingResponse> {
    return this.trackReport.execute(trackingCode);
  }

  @Post(':trackingCode/questions/:questionId/answer')
  @HttpCode(201)
  @Public()
  @RateLimited('tracking')
  @UseGuards(RateLimitGuard)
  @ApiOperation({ summary: 'Answer a question from the professional handling your report (contact details are removed from the answer)' })
  @ApiOkResponse({ type: AnswerReceivedResponse })
  @ApiNotFoundResponse({ description: 'No report by this code, or no open question with this id for it' })
  @ApiConflictResponse({ description: 'Answered already, or the time to answer has passed' })
  answer(
    @Param('trackingCode') trackingCode: string,
    @Param('questionId', new ParseUUIDPipe()) questionId: string,
    @Body() body: AnswerQuestionRequest,
  ): Promise<AnswerReceivedResponse> {
    return this.answerQuestion.execute((tx) => this.trackReport.reporterOf(tx, trackingCode), questionId, body.text);
  }
}
