import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class TemplatePreviewResponse {
  @ApiProperty({ description: 'Whether a reporter at this level receives a message for this stage at all' })
  deliver!: boolean;

  @ApiPropertyOptional({ description: 'Why nothing is sent, when deliver is false' })
  reason?: string;

  @ApiPropertyOptional({ enum: ['generic', 'with-outcome', 'trusted'], description: 'The template variant used' })
  band?: string;

  @ApiPropertyOptional({ description: 'Exactly the subject the reporter receives' })
  subject?: string;

  @ApiPropertyOptional({ description: 'Exactly the body the reporter receives (e-mail text and tracking page)' })
  body?: string;

  @ApiProperty({ description: "The templates' version previewed; null for a draft" , nullable: true, type: Number })
  templatesVersion!: number | null;
}
