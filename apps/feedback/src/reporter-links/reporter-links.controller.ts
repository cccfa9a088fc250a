import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, UseFilters, UseGuards } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiServiceUnavailableResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public, RateLimitGuard, RateLimited } from '@loket/http';
import { AnswerQuestionRequest, AnswerReceivedResponse } from '../questions/answer-question.request';
import { AnswerQuestion } from '../questions/answer-question.use-case';
import { ReporterQuestions } from '../questions/reporter-questions';
import { questionViewOf, TrackingQuestionView } from '../tracking/tracking-response';
import { ChangePreferences } from './change-preferences.use-case';
import { ReporterLinks } from './reporter-links';
import { EraseReporter, ErasureResponse } from './erase-reporter.use-case';
import { ExportReporterData } from './export-reporter-data.use-case';
import { ChangePreferencesRequest, PreferencesResponse } from './preferences.dto';
import { ReporterDataExport } from './reporter-data-export.dto';
import { DataLinkRequest, LinkSentResponse, RequestDataLink, RevocationResponse } from './request-data-link.use-case';
import { RouteProblemFilter } from './route-problem.filter';

const TOKEN = { name: 'token', description: 'The signed token from the link in an e-mail from Loket' };
const INVALID = { description: 'The same answer for every link that opens nothing: tampered, expired, or its reporter erased' };

/**
 * The reporter's own door, without an account: the signed link in every e-mail. Public, and rate-limited
 * together with the tracking page (one budget per client address).
 */
@ApiTags('reporter links')
@Controller('api/v1/reporter-links/:token')
@Public()
@RateLimited('tracking')
@UseGuards(RateLimitGuard)
@UseFilters(RouteProblemFilter)
@ApiParam(TOKEN)
@ApiNotFoundResponse(INVALID)
@ApiTooManyRequestsResponse({ description: 'Too many requests from this address' })
export class ReporterLinksController {
  constructor(
    private readonly preferences: ChangePreferences,
    private readonly exporter: ExportReporterData,
    private readonly eraser: EraseReporter,
    private readonly dataLinks: RequestDataLink,
    private readonly links: ReporterLinks,
    private readonly questions: ReporterQuestions,
    private readonly answerQuestion: AnswerQuestion,
    private readonly dataSource: DataSource,
  ) {}

  @Get('questions')
  @ApiOperation({ summary: 'Questions from the professional handling your report: open ones to answer, and yours answered' })
  @ApiOkResponse({ type: [TrackingQuestionView] })
  async openQuestions(@Param('token') token: string): Promise<TrackingQuestionView[]> {
    const reporter = await this.dataSource.transaction((tx) => this.links.resolve(tx, token));
    return (await this.questions.forReporter(this.dataSource.manager, reporter, new Date())).map(questionViewOf);
  }

  @Post('questions/:questionId/answer')
  @HttpCode(201)
  @ApiOperation({ summary: 'Answer a question from the professional handling your report (contact details are removed from the answer)' })
  @ApiOkResponse({ type: AnswerReceivedResponse })
  @ApiConflictResponse({ description: 'Answered already, or the time to answer has passed' })
  answer(
    @Param('token') token: string,
    @Param('questionId', new ParseUUIDPipe()) questionId: string,
    @Body() body: AnswerQuestionRequest,
  ): Promise<AnswerReceivedResponse> {
    return this.answerQuestion.execute((tx) => this.links.resolve(tx, token), questionId, body.text);
  }

  @Get()
  @ApiOperation({ summary: 'Your preferences for this report, and what you can do with this link' })
  @ApiOkResponse({ type: PreferencesResponse })
  show(@Param('token') token: string): Promise<PreferencesResponse> {
    return this.preferences.show(token);
  }

  @Patch('preferences')
  @ApiOperation({ summary: 'Change language, consent to e-mail, consent to be contacted by a professional' })
  @ApiOkResponse({ type: PreferencesResponse })
  @ApiBadRequestResponse({ description: 'Nothing to change, or a value that is not allowed' })
  change(@Param('token') token: string, @Body() request: ChangePreferencesRequest): Promise<PreferencesResponse> {
    return this.preferences.execute(token, request);
  }

  @Post('withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw consent to be e-mailed: no more e-mail; the tracking page keeps working' })
  @ApiOkResponse({ type: PreferencesResponse })
  withdraw(@Param('token') token: string): Promise<PreferencesResponse> {
    return this.preferences.withdraw(token);
  }

  @Post('data-link-requests')
  @HttpCode(202)
  @ApiOperation({
    summary: 'E-mail me a short-lived link to see (export) or erase my data',
    description: 'Only with the manage link of an e-mail; the new link goes to the address Loket holds, works for a short while and once.',
  })
  @ApiAcceptedResponse({ type: LinkSentResponse })
  @ApiConflictResponse({ description: 'Loket holds no e-mail address for you' })
  @ApiServiceUnavailableResponse({ description: 'The e-mail could not be sent just now; nothing was recorded' })
  requestDataLink(@Param('token') token: string, @Body() request: DataLinkRequest): Promise<LinkSentResponse> {
    return this.dataLinks.execute(token, request.purpose);
  }

  @Post('revocation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke every link to my report sent so far (this one too); a fresh link is e-mailed to me' })
  @ApiOkResponse({ type: RevocationResponse })
  revokeAll(@Param('token') token: string): Promise<RevocationResponse> {
    return this.dataLinks.revokeAll(token);
  }

  @Get('export')
  @ApiOperation({ summary: 'Everything the feedback service holds about you, as JSON (the read is logged); needs an export link, which works once' })
  @ApiOkResponse({ type: ReporterDataExport })
  export(@Param('token') token: string): Promise<ReporterDataExport> {
    return this.exporter.execute(token);
  }

  @Post('erasure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Erase your contact details and texts now (needs an erase link); your links and your tracking code stop working' })
  @ApiOkResponse({ type: ErasureResponse })
  erase(@Param('token') token: string): Promise<ErasureResponse> {
    return this.eraser.execute(token);
  }
}
