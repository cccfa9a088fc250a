import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested,
} from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';
import { MAX_ANSWERS_PER_REPORT, MAX_PHOTOS_PER_REPORT, ReportAnswerV1, ReportPhotoV1 } from '../report-attachments';
import { REPORT_CHANNELS, ReportChannel } from '../report-submitted/report-submitted.v1';
import { AddressV1, GeoPointV1, PRIORITIES, Priority, REPORTER_TIERS, ReporterTier, SlaV1 } from '../shared-shapes';
import { reportPersonalData } from '../report-personal-data';

export class CaseCategoryV1 {
  @Matches(/^[a-z0-9-]{1,64}$/)
  main!: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  sub?: string;

  /** 1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime. */
  @IsInt()
  @Min(1)
  @Max(4)
  sensitivity!: number;
}

export class CaseReportV1 {
  @IsUUID()
  reportId!: string;

  @Matches(/^rr_[A-Za-z0-9_-]{16,64}$/)
  reporterRef!: string;

  @IsString()
  @Length(1, 5000)
  description!: string;

  @ValidateNested()
  @Type(() => GeoPointV1)
  location!: GeoPointV1;

  /** The report's address, when the reporter gave one (optional: v1 stays compatible). */
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressV1)
  address?: AddressV1;

  @IsDateString()
  submittedAt!: string;

  @IsIn(REPORTER_TIERS)
  reporterTier!: ReporterTier;

  /** How the report came in (web, chat, phone, …), so a professional reads it for what it is (optional: v1 stays compatible). */
  @IsOptional()
  @IsIn(REPORT_CHANNELS)
  channel?: ReportChannel;

  /** When it was seen, when the report knows that apart from its submission (optional: v1 stays compatible). */
  @IsOptional()
  @IsDateString()
  observedAt?: string;

  @IsArray()
  @IsString({ each: true })
  areaIds!: string[];

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

/** How routing chose the category of a report whose reporter chose none: the classifier's best suggestion. */
export class CategorySuggestionUsedV1 {
  @Matches(/^[a-z0-9-]{1,64}$/)
  main!: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  sub?: string;

  @IsNumber()
  @Min(0)
  @Max(1)
  confidence!: number;

  /** True when the case was routed by this suggestion; false when it was too uncertain (the report went to triage). */
  @IsBoolean()
  used!: boolean;
}

export class RoutingDecisionSummaryV1 {
  @IsString()
  policyId!: string;

  @IsInt()
  policyVersion!: number;

  @IsOptional()
  @IsString()
  ruleId!: string | null;

  @IsString()
  explanation!: string;

  /** Present when the category came from the classifier rather than from the reporter (optional, added later). */
  @IsOptional()
  @ValidateNested()
  @Type(() => CategorySuggestionUsedV1)
  categorySuggestion?: CategorySuggestionUsedV1;
}

/** Routing opened a case for an organisation and team, with the report that started it. */
export class CaseOpenedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  organisation!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  team!: string;

  @IsIn(PRIORITIES)
  priority!: Priority;

  @ValidateNested()
  @Type(() => SlaV1)
  sla!: SlaV1;

  @ValidateNested()
  @Type(() => CaseCategoryV1)
  category!: CaseCategoryV1;

  @ValidateNested()
  @Type(() => CaseReportV1)
  report!: CaseReportV1;

  @ValidateNested()
  @Type(() => RoutingDecisionSummaryV1)
  decision!: RoutingDecisionSummaryV1;

  @IsDateString()
  openedAt!: string;

  /** Open cases that may concern the same incident, for a coordinator to look at (grey zone of linking). */
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  possiblyRelatedCaseIds?: string[];
}

export const CaseOpened = defineEvent({
  type: 'case.opened',
  version: 1,
  topic: Topics.CaseOpenedV1,
  schema: CaseOpenedV1,
  keyOf: (p) => p.caseId,
  personalData: reportPersonalData('report'),
});
