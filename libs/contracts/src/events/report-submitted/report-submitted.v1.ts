import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';
import { AddressV1, CategoryRefV1, GeoPointV1, REPORTER_TIERS, ReporterTier } from '../shared-shapes';

/**
 * A report as the reporter submitted it. No contact details: the reporter is only a pseudonymous ref.
 * A follow ("is it one of these?": `follows` names an open public case) carries no description or location of its
 * own: the reporter joins that case. Any other report has both.
 */
export class ReportSubmittedV1 {
  @IsUUID()
  reportId!: string;

  @Matches(/^rr_[A-Za-z0-9_-]{16,64}$/)
  reporterRef!: string;

  @ValidateIf((report: ReportSubmittedV1) => report.follows === undefined || report.description !== undefined)
  @IsString()
  @Length(1, 5000)
  description?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => CategoryRefV1)
  category!: CategoryRefV1 | null;

  @ValidateIf((report: ReportSubmittedV1) => report.follows === undefined || report.location !== undefined)
  @ValidateNested()
  @Type(() => GeoPointV1)
  location?: GeoPointV1;

  /** The case this report follows instead of describing an incident of its own (optional, added later). */
  @IsOptional()
  @IsUUID()
  follows?: string;

  /** Where it happened as an address, when the reporter gave one (optional: v1 stays compatible). */
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressV1)
  address?: AddressV1;

  @IsDateString()
  submittedAt!: string;

  @IsIn(REPORTER_TIERS)
  reporterTier!: ReporterTier;

  @IsIn(['web', 'open311', 'partner'])
  channel!: 'web' | 'open311' | 'partner';
}

export const ReportSubmitted = defineEvent({
  type: 'report.submitted',
  version: 1,
  topic: Topics.ReportSubmittedV1,
  schema: ReportSubmittedV1,
  keyOf: (p) => p.reportId,
});
