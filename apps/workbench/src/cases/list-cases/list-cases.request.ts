import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CASE_STATUSES, type CaseStatus } from '@loket/contracts';
import { CaseSummaryResponse } from '../case-summary.response';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const wholeNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value;

/** The query string of `GET /api/v1/cases`: filters, page size and where the page starts. */
export class ListCasesQuery {
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
  @ApiProperty({ type: [CaseSummaryResponse], description: 'Newest first (opened_at descending)' })
  items!: CaseSummaryResponse[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}
