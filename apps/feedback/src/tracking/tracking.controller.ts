import { Controller, Get, Param, UseFilters, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public, RateLimited, RateLimitGuard } from '@loket/http';
import { TrackReport } from './track-report.use-case';
import { TrackingProblemFilter } from './tracking-problem.filter';
import { TrackingResponse } from './tracking-response';

@ApiTags('tracking')
@Controller('api/v1/tracking')
@UseFilters(TrackingProblemFilter)
export class TrackingController {
  constructor(private readonly trackReport: TrackReport) {}

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
}
