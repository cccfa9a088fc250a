import { Type } from 'class-transformer';
import { IsDateString, IsNumber, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Topics } from '../../topics';
import { CaseReportV1 } from '../case-opened/case-opened.v1';
import { defineEvent } from '../event-definition';
import { reportPersonalData } from '../report-personal-data';

/**
 * Routing found that a new report concerns the same incident as an open case, and linked it there; or a
 * coordinator moved a report into this case (link, split: score 1, the explanation says who and why, and
 * `case.report-unlinked` says which case it left).
 */
export class CaseReportLinkedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  organisation!: string;

  @ValidateNested()
  @Type(() => CaseReportV1)
  report!: CaseReportV1;

  @IsNumber()
  @Min(0)
  @Max(1)
  score!: number;

  /** Why: distance, time, category and text similarity, for a coordinator. */
  @IsString()
  explanation!: string;

  @IsDateString()
  linkedAt!: string;
}

export const CaseReportLinked = defineEvent({
  type: 'case.report-linked',
  version: 1,
  topic: Topics.CaseReportLinkedV1,
  schema: CaseReportLinkedV1,
  keyOf: (p) => p.caseId,
  personalData: reportPersonalData('report'),
});
