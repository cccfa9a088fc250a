import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DIMENSIONS,
  PERIOD_UNITS,
  type Dimension,
  type InsightRow,
  type InsightsTable,
  type PeriodUnit,
} from '@loket/insights';

/** One cell (or the total): its dimension values, whether it is suppressed, and its figures (null when suppressed). */
export class InsightRowResponse {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Area id; null: outside every known area',
  })
  area?: string | null;

  @ApiPropertyOptional({ example: 'afval' })
  category?: string | null;

  @ApiPropertyOptional({ example: '2026-11', description: '`YYYY-MM` or ISO week `YYYY-Www`' })
  period?: string | null;

  @ApiProperty({
    description:
      'True when the cell counts fewer than the minimum of reporters (or would give one away): all figures are null',
  })
  suppressed!: boolean;

  @ApiProperty({ nullable: true, type: Number, description: 'Distinct reporters' })
  reporters!: number | null;

  @ApiProperty({ nullable: true, type: Number })
  reports!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Cases opened by a report of the cell' })
  cases!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Reports linked into an existing case' })
  linkedReports!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Median hours from opening to first assigned/in_progress',
  })
  medianHoursToPickup!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Median hours from opening to first resolved' })
  medianHoursToResolution!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Share of cases with a known SLA outcome resolved by their due date',
  })
  slaMetShare!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Share of reporters of resolved/closed cases delivered a resolved or closed message',
  })
  loopClosureRate!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Share of answering reporters who are satisfied (last answer)',
  })
  satisfactionShare!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Share of reporters of closed cases who asked to reopen',
  })
  reopenRate!: number | null;

  @ApiProperty({
    type: [String],
    description: 'Rates left out of a shown cell: fewer than the minimum of reporters behind them',
  })
  suppressedFigures!: string[];
}

export class InsightsResponse {
  @ApiProperty({ enum: DIMENSIONS, isArray: true })
  groupBy!: Dimension[];

  @ApiProperty({ enum: PERIOD_UNITS })
  period!: PeriodUnit;

  @ApiProperty({ description: 'Start of the first period (inclusive)' })
  from!: string;

  @ApiProperty({ description: 'End of the last period (exclusive)' })
  to!: string;

  @ApiProperty({ example: 5 })
  minimumReporters!: number;

  @ApiProperty({ type: [InsightRowResponse] })
  cells!: InsightRowResponse[];

  @ApiProperty({ type: InsightRowResponse, description: 'The whole selection, each report once' })
  total!: InsightRowResponse;
}

export function toInsightsResponse(table: InsightsTable): InsightsResponse {
  return {
    groupBy: table.groupBy,
    period: table.period,
    from: table.from.toISOString(),
    to: table.to.toISOString(),
    minimumReporters: table.minimumReporters,
    cells: table.cells.map(toRow),
    total: toRow(table.total),
  };
}

function toRow(row: InsightRow): InsightRowResponse {
  return { ...row, suppressedFigures: [...row.suppressedFigures] };
}
