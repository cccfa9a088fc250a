import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional } from 'class-validator';
import { PublicCaseResponse } from '../http/public-cases.request';

export class NeighbourhoodDigestQuery {
  @ApiProperty({ format: 'date-time', description: 'From (inclusive)' })
  @IsDateString()
  since!: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Until (exclusive); now when left out. At most 8 days after since' })
  @IsOptional()
  @IsDateString()
  until?: string;
}

export class DigestOutcomeResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'afval' }) category!: string;
  @ApiPropertyOptional({ example: 'grofvuil' }) subcategory?: string;
  @ApiProperty({ enum: ['resolved', 'closed'] }) outcome!: 'resolved' | 'closed';
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'The first report, redacted, as the public map shows it' }) description!: string;
}

export class NeighbourhoodDigestResponse {
  @ApiProperty({ example: 'BU99990103' }) area!: string;
  @ApiProperty({ example: 'Raampoort' }) areaName!: string;
  @ApiProperty({ format: 'date-time' }) since!: string;
  @ApiProperty({ format: 'date-time' }) until!: string;
  @ApiProperty({ type: [PublicCaseResponse], description: 'Public cases opened in the period, as the public map shows them' })
  opened!: PublicCaseResponse[];
  @ApiProperty({ type: [DigestOutcomeResponse], description: 'Public cases resolved or closed in the period' })
  outcomes!: DigestOutcomeResponse[];
}
