import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '@loket/auth';
import { renderInsightsCsv, type InsightsTable } from '@loket/insights';
import { InsightsQueryRequest } from './show-insights/insights.request';
import { InsightsResponse, toInsightsResponse } from './show-insights/insights.response';
import { ShowInsights } from './show-insights/show-insights.use-case';

/** Steering on social effect: figures per area, category and period, small cells suppressed. JSON or CSV. */
@ApiTags('insights')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('api/v1/insights')
export class InsightsController {
  constructor(private readonly showInsights: ShowInsights) {}

  @Get()
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: InsightsResponse,
    description:
      'JSON; CSV (RFC 4180, one line per cell and one for the total) with `Accept: text/csv` or `format=csv`',
  })
  @ApiBadRequestResponse({ description: 'Bad groupBy, period, from, to or format (problem details)' })
  @ApiForbiddenResponse({ description: 'Only coordinators and administrators see insights' })
  async show(
    @Query() query: InsightsQueryRequest,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InsightsResponse | string> {
    const table = await this.showInsights.execute(query);
    response.vary('Accept');
    if (!wantsCsv(query, accept)) return toInsightsResponse(table);
    response.type('text/csv; charset=utf-8; header=present');
    response.attachment(csvFilename(table));
    return renderInsightsCsv(table);
  }
}

function wantsCsv(query: InsightsQueryRequest, accept: string | undefined): boolean {
  if (query.format) return query.format === 'csv';
  return /(^|,)\s*text\/csv\s*(;|,|$)/i.test(accept ?? '');
}

function csvFilename(table: InsightsTable): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return `loket-insights-${table.groupBy.join('-')}-${table.period}-${day(table.from)}-${day(table.to)}.csv`;
}
