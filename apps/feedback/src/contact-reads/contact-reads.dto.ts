import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

/** One reporter of a case as a professional sees them: by the report they made, never by name or pseudonym. */
export class CaseReporterView {
  @ApiProperty({ format: 'uuid', description: 'The report this reporter made (the workbench shows the case’s reports)' })
  reportId!: string;

  @ApiProperty({ description: 'The reporter consented to be contacted by a professional handling the case' })
  professionalContactConsent!: boolean;

  @ApiProperty({ description: 'Loket still holds contact details for this reporter (none left after retention or erasure)' })
  contactDetailsHeld!: boolean;
}

export class ContactDetailsRequest {
  @ApiProperty({ minLength: 10, maxLength: 1000, description: 'Why you need to contact this reporter: kept in the audit log' })
  @IsString()
  @Length(10, 1000)
  reason!: string;
}

export class ContactDetailsResponse {
  @ApiProperty({ format: 'uuid' }) reportId!: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiProperty({ format: 'date-time', description: 'When this read was logged' }) readAt!: string;
}

const wholeNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value);

export class ContactReadsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  reportId?: string;

  @ApiPropertyOptional({ example: 'rr_…' })
  @IsOptional()
  @Matches(/^rr_[A-Za-z0-9_-]{16,64}$/)
  reporterRef?: string;

  @ApiPropertyOptional({ example: 'municipality' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  organisation?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  since?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  until?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class ContactReadView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) readAt!: string;
  @ApiProperty({ enum: ['professional-request', 'reporter-export'] }) purpose!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Keycloak subject; null for a reporter’s own export' }) readerSubject!: string | null;
  @ApiProperty({ nullable: true, type: String }) readerUsername!: string | null;
  @ApiProperty({ nullable: true, type: String }) organisation!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'uuid' }) reportId!: string;
  @ApiProperty() reporterRef!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) caseId!: string | null;
}

