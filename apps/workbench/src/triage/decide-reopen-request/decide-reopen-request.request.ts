import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /api/v1/cases/:id/reopen-requests/:requestId/grant`. */
export class GrantReopenRequestBody {
  @ApiProperty({ example: 5, description: 'The case version you saw; a 409 when the case changed since' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

/** `POST /api/v1/cases/:id/reopen-requests/:requestId/decline`. */
export class DeclineReopenRequestBody {
  @ApiProperty({ maxLength: 1000, description: 'Why not (kept in the timeline, never sent to the reporter)' })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason!: string;
}

export class ReopenRequestResponse {
  @ApiProperty({ format: 'uuid' })
  requestId!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: ['pending', 'granted', 'declined'] })
  status!: string;

  @ApiProperty({ nullable: true, type: String, description: "The reporter's remark, redacted" })
  remark!: string | null;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  decidedAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  declineReason!: string | null;
}
