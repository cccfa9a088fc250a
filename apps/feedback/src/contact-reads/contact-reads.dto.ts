import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { CONTACT_READ_OUTCOMES, CONTACT_READ_PURPOSES, ContactReadOutcome } from './contact-detail-read.entity';

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
  @ApiPropertyOptional({ enum: CONTACT_READ_OUTCOMES, description: 'Only reads, or only refused attempts' })
  @IsOptional()
  @IsIn(CONTACT_READ_OUTCOMES)
  outcome?: ContactReadOutcome;

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
  @ApiProperty({ enum: CONTACT_READ_PURPOSES }) purpose!: string;
  @ApiProperty({ enum: CONTACT_READ_OUTCOMES, description: 'read, or an attempt that was refused' }) outcome!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why an attempt was refused (e.g. not-your-organisation, no-consent); null for a read' })
  refusal!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Keycloak subject; null for a reporter’s own export' }) readerSubject!: string | null;
  @ApiProperty({ nullable: true, type: String }) readerUsername!: string | null;
  @ApiProperty({ nullable: true, type: String }) organisation!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'null for a refused listing of a case’s reporters' }) reportId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'null when the attempt named no reporter Loket holds on that case' }) reporterRef!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) caseId!: string | null;
}

