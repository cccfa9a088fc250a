import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ProblemException, Public, RateLimited, RateLimitGuard } from '@loket/http';
import { ReporterRecord } from '../reporters/reporter.entity';
import { AnswerQuestionRequest, AnswerReceivedResponse } from './answer-question.request';
import { AnswerQuestion } from './answer-question.use-case';
import { QuestionReplyAddresses } from './question-reply-addresses';

/**
 * A reply by e-mail to a question: intake's mail door takes the mail for `antwoord+<token>@…`, reads the reply
 * (without the quoted question and the signature) and hands it here. The token is the key, as a link's is.
 */
@ApiTags('questions')
@Public()
@RateLimited('tracking')
@UseGuards(RateLimitGuard)
@Controller('api/v1/question-replies/:token')
export class QuestionRepliesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly addresses: QuestionReplyAddresses,
    private readonly answerQuestion: AnswerQuestion,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "A reporter's reply by e-mail to a question (from intake's mail door): the same answer as on the tracking page" })
  @ApiCreatedResponse({ type: AnswerReceivedResponse })
  @ApiNotFoundResponse({ description: 'No open question has this reply address' })
  @ApiConflictResponse({ description: 'Answered already, or the time to answer has passed' })
  async reply(@Param('token') token: string, @Body() body: AnswerQuestionRequest): Promise<AnswerReceivedResponse> {
    const target = await this.addresses.resolve(this.dataSource.manager, token, new Date());
    if (!target) throw noSuchReplyAddress();
    return this.answerQuestion.execute(
      async (tx) => {
        const reporter = await tx.findOneBy(ReporterRecord, { reportId: target.reportId });
        if (!reporter || reporter.erasedAt) throw noSuchReplyAddress();
        return reporter;
      },
      target.questionId,
      body.text,
    );
  }
}

function noSuchReplyAddress(): ProblemException {
  return ProblemException.notFound('No open question has this reply address');
}
