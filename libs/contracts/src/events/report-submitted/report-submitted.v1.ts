import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';
import { MAX_ANSWERS_PER_REPORT, MAX_PHOTOS_PER_REPORT, ReportAnswerV1, ReportPhotoV1 } from '../report-attachments';
import { AddressV1, CategoryRefV1, GeoPointV1, REPORTER_TIERS, ReporterTier } from '../shared-shapes';
import { reportPersonalData } from '../report-personal-data';

export const REPORT_CHANNELS = ['web', 'open311', 'partner', 'phone', 'desk', 'counter', 'chat', 'email'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];
/** The channels through which an agent (role `desk`) submits on behalf of a resident. */
export const ASSISTED_CHANNELS = ['phone', 'desk', 'counter'] as const;
export type AssistedChannel = (typeof ASSISTED_CHANNELS)[number];

/** Who took the report for the resident: the agent's account (subject and user name), never the resident. */
export class ReportAgentV1 {
  @IsString()
  @Length(1, 200)
  subject!: string;

  @IsString()
  @Length(1, 200)
  username!: string;
}

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

  /**
   * When the incident was seen, when that is known and differs from the submission: a message forwarded from a
   * neighbourhood chat carries the time it was written (optional, added later: v1 stays compatible).
   */
  @IsOptional()
  @IsDateString()
  observedAt?: string;

  @IsIn(REPORTER_TIERS)
  reporterTier!: ReporterTier;

  /**
   * How the report came in; `phone`, `desk` and `counter` were added later (an agent submitted on the resident's
   * behalf), and `chat` (a message forwarded from a neighbourhood chat group, its members' names removed).
   */
  @IsIn(REPORT_CHANNELS)
  channel!: ReportChannel;

  /** The desk or phone agent who submitted on the resident's behalf (optional, added later: v1 stays compatible). */
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportAgentV1)
  submittedBy?: ReportAgentV1;

  /** Answers to the category's extra questions (optional: v1 stays compatible). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ANSWERS_PER_REPORT)
  @ValidateNested({ each: true })
  @Type(() => ReportAnswerV1)
  answers?: ReportAnswerV1[];

  /** Photos stored by intake, by id (optional: v1 stays compatible). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PHOTOS_PER_REPORT)
  @ValidateNested({ each: true })
  @Type(() => ReportPhotoV1)
  photos?: ReportPhotoV1[];
}

export const ReportSubmitted = defineEvent({
  type: 'report.submitted',
  version: 1,
  topic: Topics.ReportSubmittedV1,
  schema: ReportSubmittedV1,
  keyOf: (p) => p.reportId,
  personalData: reportPersonalData(),
});
