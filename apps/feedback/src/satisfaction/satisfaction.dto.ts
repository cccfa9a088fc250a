import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

export class SatisfactionRequest {
  @ApiProperty({ description: 'Are you satisfied with how your report was handled?' })
  @IsBoolean()
  satisfied!: boolean;

  @ApiPropertyOptional({ maxLength: 2000, description: 'In your own words (optional). Sent on redacted if you ask to reopen the case' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  remark?: string;

  @ApiPropertyOptional({ default: false, description: 'Ask for the case to be reopened (only with satisfied: false)' })
  @IsOptional()
  @IsBoolean()
  reopen?: boolean;
}

export class SatisfactionResponse {
  @ApiProperty({ format: 'uuid' })
  reportId!: string;

  @ApiProperty()
  satisfied!: boolean;

  @ApiProperty({ description: 'Whether a request to reopen the case was passed to the organisation' })
  reopenRequested!: boolean;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}
