import { Body, Controller, Param, Post, UseFilters, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Public, RateLimitGuard, RateLimited } from '@loket/http';
import { RouteProblemFilter } from '../reporter-links/route-problem.filter';
import { RecordSatisfaction } from './record-satisfaction.use-case';
import { SatisfactionRequest, SatisfactionResponse } from './satisfaction.dto';

const CONFLICT = { description: 'The case is not closed (for you), or you already answered for this closure' };

/** "Are you satisfied?" after closure: with the signed link from an e-mail, or with the tracking code. */
@ApiTags('satisfaction')
@Controller('api/v1')
@Public()
@RateLimited('tracking')
@UseGuards(RateLimitGuard)
@UseFilters(RouteProblemFilter)
@ApiBadRequestResponse({ description: 'Not a valid answer (e.g. a reopen request with satisfied: true)' })
@ApiConflictResponse(CONFLICT)
@ApiTooManyRequestsResponse({ description: 'Too many requests from this address' })
export class SatisfactionController {
  constructor(private readonly recordSatisfaction: RecordSatisfaction) {}

  @Post('reporter-links/:token/satisfaction')
  @ApiOperation({ summary: 'Say whether you are satisfied, through the link in an e-mail; unhappy, you may ask to reopen' })
  @ApiCreatedResponse({ type: SatisfactionResponse })
  @ApiNotFoundResponse({ description: 'The link opens nothing' })
  byLink(@Param('token') token: string, @Body() request: SatisfactionRequest): Promise<SatisfactionResponse> {
    return this.recordSatisfaction.execute({ token }, request);
  }

  @Post('tracking/:trackingCode/satisfaction')
  @ApiOperation({ summary: 'Say whether you are satisfied, with your tracking code; unhappy, you may ask to reopen' })
  @ApiCreatedResponse({ type: SatisfactionResponse })
  @ApiNotFoundResponse({ description: 'The same answer for every code that opens nothing' })
  byTrackingCode(@Param('trackingCode') trackingCode: string, @Body() request: SatisfactionRequest): Promise<SatisfactionResponse> {
    return this.recordSatisfaction.execute({ trackingCode }, request);
  }
}
