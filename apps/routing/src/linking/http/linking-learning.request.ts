import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

const wholeNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value);

/** `GET /api/v1/linking/precision` and `/api/v1/category-corrections`: over how many days back. */
export class DaysBackRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 30, description: 'Days back from now' })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt({ message: 'days must be a whole number' })
  @Min(1)
  @Max(365)
  days?: number;
}

/** Activating a linking or category model, or rolling one back: why, for the audit. */
export class ModelChangeRequest {
  @ApiProperty({ description: 'Why, for the audit log', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
