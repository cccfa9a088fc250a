import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { PERIOD_UNITS, type PeriodUnit } from '@loket/insights';

export const INSIGHT_FORMATS = ['json', 'csv'] as const;
export type InsightFormat = (typeof INSIGHT_FORMATS)[number];

/** The query string of `GET /api/v1/insights`. */
export class InsightsQueryRequest {
  @ApiPropertyOptional({
    example: 'area,period',
    default: 'area',
    description: 'What a cell is: `area`, `category`, `period`, or a comma-separated combination of them',
  })
  @IsOptional()
  @Matches(/^(area|category|period)(,(area|category|period)){0,2}$/, {
    message: 'groupBy must be area, category, period or a comma-separated combination of them',
  })
  groupBy?: string;

  @ApiPropertyOptional({
    enum: PERIOD_UNITS,
    default: 'month',
    description: 'ISO weeks or calendar months, in UTC',
  })
  @IsOptional()
  @IsIn(PERIOD_UNITS)
  period?: PeriodUnit;

  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'First day (ISO 8601); widened to the start of its period. Default: 12 periods before `to`',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({
    example: '2027-01-01',
    description:
      'End, exclusive (ISO 8601); widened to the end of its period. Default: the end of the current period',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @ApiPropertyOptional({
    enum: INSIGHT_FORMATS,
    description: 'csv: the same table as CSV (as with `Accept: text/csv`)',
  })
  @IsOptional()
  @IsIn(INSIGHT_FORMATS)
  format?: InsightFormat;
}
