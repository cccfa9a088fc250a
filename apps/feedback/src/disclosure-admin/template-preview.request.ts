import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { FEEDBACK_STAGES, type FeedbackStage, type Language, LANGUAGES } from '@loket/disclosure-policy';

export class TemplateSampleValues {
  @ApiPropertyOptional({
    example: 'K7QM-2XNP-8RTD-4VWB-HC9F',
    description: "Default: a full code for 'received', its hint (…-HC9F) for later stages, as real messages have it",
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  trackingCode?: string;

  @ApiPropertyOptional({ example: 'Het grofvuil is opgehaald.', description: "The professional's note (redacted as a real one is)" })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  noteText?: string;

  @ApiPropertyOptional({ example: 'police', description: 'Organisation code, named as a kind at level 4. Default: municipality' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  organisation?: string;
}

/** `POST /api/v1/admin/message-templates/preview`. */
export class TemplatePreviewRequest {
  @ApiProperty({ enum: FEEDBACK_STAGES })
  @IsIn(FEEDBACK_STAGES)
  stage!: FeedbackStage;

  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  language!: Language;

  @ApiProperty({ minimum: 0, maximum: 4, description: "The reporter's disclosure level" })
  @IsInt()
  @Min(0)
  @Max(4)
  level!: number;

  @ApiPropertyOptional({ type: TemplateSampleValues })
  @IsOptional()
  @ValidateNested()
  @Type(() => TemplateSampleValues)
  sample?: TemplateSampleValues;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Draft templates to preview before saving them (checked like a save); default: the templates in force',
  })
  @IsOptional()
  @IsObject()
  templates?: Record<string, unknown>;
}
