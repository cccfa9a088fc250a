import { IsDateString, IsIn, IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';
import { CASE_STATUSES, CaseStatus } from '../shared-shapes';

/** A case moved from one state to another in the workbench. */
export class CaseStatusChangedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  organisation!: string;

  @IsIn(CASE_STATUSES)
  from!: CaseStatus;

  @IsIn(CASE_STATUSES)
  to!: CaseStatus;

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  resolutionCode!: string | null;

  @IsInt()
  @Min(1)
  caseVersion!: number;

  @IsDateString()
  changedAt!: string;
}

export const CaseStatusChanged = defineEvent({
  type: 'case.status-changed',
  version: 1,
  topic: Topics.CaseStatusChangedV1,
  schema: CaseStatusChangedV1,
  keyOf: (p) => p.caseId,
});
