import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CASE_STATUSES, PRIORITIES, type CaseStatus, type Priority } from '@loket/contracts';
import { CASE_SORTS, SLA_STATUSES, type CaseSort, type SlaStatus } from '../persistence/case-repository';
import { QueueItemResponse } from './queue-item.response';

export const QUEUES = ['mine', 'team', 'organisation', 'triage'] as const;
export type Queue = (typeof QUEUES)[number];

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const wholeNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const CODE = /^[a-z0-9-]{1,64}$/;

/** The query string of `GET /api/v1/cases`: queue, filters, sort, page size and where the page starts. */
export class ListCasesQuery {
  @ApiPropertyOptional({
    enum: QUEUES,
    description:
      'mine: assigned to you; team: your teams\' cases; organisation: everything you may see (the default); ' +
      'triage: the coordinators\' triage queue (coordinators only), each item saying why it is there',
  })
  @IsOptional()
  @IsIn(QUEUES)
  queue?: Queue;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ example: 'stadsbeheer' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'team must be a team code' })
  team?: string;

  @ApiPropertyOptional({ example: 'me', description: '`me`, or the Keycloak subject of a colleague' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._@-]{1,100}$/, { message: 'assignee must be "me" or a user id' })
  assignee?: string;

  @ApiPropertyOptional({ example: 'afval' })
  @IsOptional()
  @Matches(CODE, { message: 'categoryMain must be a category code' })
  categoryMain?: string;

  @ApiPropertyOptional({ example: 'grofvuil' })
  @IsOptional()
  @Matches(CODE, { message: 'categorySub must be a subcategory code' })
  categorySub?: string;

  @ApiPropertyOptional({ example: 'BU03440100', description: 'A case with a report in this area (buurt, wijk or custom)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,100}$/, { message: 'areaId must be an area id' })
  areaId?: string;

  @ApiPropertyOptional({ enum: PRIORITIES })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: Priority;

  @ApiPropertyOptional({
    enum: SLA_STATUSES,
    description:
      'breached: due before now and the clock runs (not resolved, closed or waiting); at-risk: due within the ' +
      'configured margin (LOKET_SLA_AT_RISK_HOURS); on-track: everything else',
  })
  @IsOptional()
  @IsIn(SLA_STATUSES)
  slaStatus?: SlaStatus;

  @ApiPropertyOptional({ format: 'date-time', description: 'Opened at or after' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'openedFrom must be an ISO 8601 date or date-time' })
  openedFrom?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Opened before' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'openedTo must be an ISO 8601 date or date-time' })
  openedTo?: string;

  @ApiPropertyOptional({
    example: 'grofvuil container',
    description: "Free text over the reports' descriptions (Dutch full-text search: stems, stop words, \"phrases\", -not)",
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({
    enum: CASE_SORTS,
    default: '-openedAt',
    description: '-openedAt newest first; openedAt oldest first; dueAt soonest due first; -priority most urgent first (then soonest due)',
  })
  @IsOptional()
  @IsIn(CASE_SORTS)
  sort?: CaseSort;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page, as it was given' })
  @IsOptional()
  @Length(1, 300)
  cursor?: string;
}

export class CasePageResponse {
  @ApiProperty({ type: [QueueItemResponse], description: 'In the order `sort` asked for (default newest first)' })
  items!: QueueItemResponse[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` (with the same filters and sort) for the next page; null on the last page',
  })
  nextCursor!: string | null;
}
