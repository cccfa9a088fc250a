import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { DEAD_LETTER_STATUSES, DeadLetterStatus } from '../dead-letter.entity';

export const DEFAULT_DEAD_LETTER_PAGE_SIZE = 50;
export const MAX_DEAD_LETTER_PAGE_SIZE = 200;

const wholeNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,18}$/.test(value) ? Number(value) : value;

/** The query string of `GET /api/v1/admin/dead-letters`. */
export class ListDeadLettersQuery {
  @ApiPropertyOptional({ example: 'loket.case.opened.v1', description: 'Only dead letters of this (original) topic' })
  @IsOptional()
  @Length(1, 200)
  topic?: string;

  @ApiPropertyOptional({ enum: DEAD_LETTER_STATUSES, description: 'Only dead letters in this state (all by default)' })
  @IsOptional()
  @IsIn(DEAD_LETTER_STATUSES)
  status?: DeadLetterStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_DEAD_LETTER_PAGE_SIZE, default: DEFAULT_DEAD_LETTER_PAGE_SIZE })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_DEAD_LETTER_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextAfter of the previous page: dead letters with a higher id' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'after must be a dead letter id' })
  after?: string;
}

/** The body of `POST /api/v1/admin/dead-letters/{id}/discard`. */
export class DiscardDeadLetterRequest {
  @ApiProperty({ example: 'test event from the acceptance environment', description: 'Why it is given up; required' })
  @Length(1, 2000)
  reason!: string;
}

/** The body of `POST /api/v1/admin/dead-letters/{id}/replay` (optional). */
export class ReplayDeadLetterRequest {
  @ApiPropertyOptional({ example: 'fixed in 1.4.2', description: 'What changed so that it will work now' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string;
}
