import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { AuditEntryResponse } from './audit-entry.response';

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
export const MAX_AUDIT_PAGE_SIZE = 500;

const wholeNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value;

/** The query string of `GET /api/v1/audit-log`. */
export class ListAuditLogQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only entries about this case' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ example: 'gemeente.stadsbeheer', description: 'A username or a Keycloak subject' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._@-]{1,200}$/, { message: 'actor must be a username or a user id' })
  actor?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Entries at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Entries before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_AUDIT_PAGE_SIZE, default: DEFAULT_AUDIT_PAGE_SIZE })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page, as it was given' })
  @IsOptional()
  @Length(1, 100)
  cursor?: string;
}

export class AuditLogPageResponse {
  @ApiProperty({ type: [AuditEntryResponse], description: 'Newest first (sequence descending)' })
  items!: AuditEntryResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor!: string | null;
}
