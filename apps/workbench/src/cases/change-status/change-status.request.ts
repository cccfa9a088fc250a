import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { RESOLUTION_CODES, type ResolutionCode } from '@loket/case-lifecycle';
import { OFFERED_TRANSITIONS, type OfferedTransition } from './offered-transitions';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /api/v1/cases/:id/transitions`: move the case on, if it is still at the version the caller saw. */
export class ChangeStatusRequest {
  @ApiProperty({ enum: OFFERED_TRANSITIONS, example: 'assign' })
  @IsIn(OFFERED_TRANSITIONS)
  transition!: OfferedTransition;

  @ApiProperty({ example: 1, description: 'The case version you saw; a 409 when the case changed since' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @ApiPropertyOptional({
    description: 'assign only: the Keycloak subject of the professional; default: you (claim)',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._@-]{1,100}$/, { message: 'assignee must be a user id' })
  assignee?: string;

  @ApiPropertyOptional({ enum: RESOLUTION_CODES, description: 'resolve only, and required there' })
  @IsOptional()
  @IsIn(RESOLUTION_CODES)
  resolutionCode?: ResolutionCode;

  @ApiPropertyOptional({
    maxLength: 1000,
    description:
      'wait, reopen and refer: why (kept in the timeline, never sent to reporters); required to refer, ' +
      'where the receiving organisation reads it',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason?: string;

  @ApiPropertyOptional({
    example: 'police',
    description: 'refer only: the organisation to refer to; absent: routing decides (the policy without yours)',
  })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'organisation must be an organisation code' })
  organisation?: string;
}
