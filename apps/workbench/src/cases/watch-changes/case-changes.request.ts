import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** `GET /api/v1/cases/changes`. */
export class CaseChangesQuery {
  @ApiPropertyOptional({ description: 'The cursor of the previous answer; leave out to start watching' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  since?: string;
}

export class CaseChangesResponse {
  @ApiProperty({
    description:
      'Whether a case you may see changed (arrived, moved, was assigned, changed status, got a reopen request, …) since the cursor; false when no cursor was given',
  })
  changed!: boolean;

  @ApiProperty({ description: 'Pass it as `since` next time' })
  cursor!: string;

  @ApiProperty({ example: 5000, description: 'How long to wait before asking again' })
  pollAfterMs!: number;
}
