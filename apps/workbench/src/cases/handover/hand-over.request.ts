import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Matches, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /api/v1/cases/:id/handover`: give the case to another team of the same organisation. */
export class HandOverRequest {
  @ApiProperty({ example: 'handhaving', description: 'A team of the organisation that has the case' })
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'team must be a team code' })
  team!: string;

  @ApiProperty({ example: 2, description: 'The case version you saw; a 409 when the case changed since' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @ApiProperty({ maxLength: 1000, description: 'Why (kept in the timeline, never sent to reporters)' })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason!: string;
}
