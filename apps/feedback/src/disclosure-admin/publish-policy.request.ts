import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import { POLICY_KINDS, PolicyKind } from './policy-version.entity';

class ExpectedVersion {
  @ApiPropertyOptional({ description: 'The version you edited; a 409 when another was saved since' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;
}

/** `PUT /api/v1/admin/disclosure-matrix`. */
export class PublishMatrixRequest extends ExpectedVersion {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: {
      1: { anonymous: 3, resident: 3, volunteer: 4, professional: 4 },
      2: { anonymous: 2, resident: 3, volunteer: 4, professional: 4 },
      3: { anonymous: 2, resident: 2, volunteer: 4, professional: 4 },
      4: { anonymous: 1, resident: 1, volunteer: 2, professional: 2 },
    },
    description: 'Category sensitivity (1 public space … 4 care for a person) × reporter tier → ceiling level 0–4; every cell',
  })
  @IsObject()
  matrix!: Record<string, unknown>;
}

/** `PUT /api/v1/admin/message-templates`. */
export class PublishTemplatesRequest extends ExpectedVersion {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'stage (received, picked-up, referred, waiting, resolved, closed, reopened, note-for-reporter) → language (nl, en) → band (generic: levels 1–2, with-outcome: 3, trusted: 4) → { subject, body }. Placeholders: {{trackingCode}}; {{noteText}} in note templates; {{organisationKind}} in trusted ones after receipt',
  })
  @IsObject()
  templates!: Record<string, unknown>;
}

export class PolicyAuditQuery {
  @ApiPropertyOptional({ enum: POLICY_KINDS })
  @IsOptional()
  @IsIn(POLICY_KINDS)
  kind?: PolicyKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
