import { IsDateString, IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/** A case was closed in the workbench: its work is done (reporters may still ask to reopen it). */
export class CaseClosedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  organisation!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  team!: string;

  /** The resolution the case was resolved with before it closed, if any. */
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  resolutionCode!: string | null;

  @IsDateString()
  openedAt!: string;

  @IsDateString()
  closedAt!: string;

  @IsInt()
  @Min(1)
  caseVersion!: number;
}

export const CaseClosed = defineEvent({
  type: 'case.closed',
  version: 1,
  topic: Topics.CaseClosedV1,
  schema: CaseClosedV1,
  keyOf: (p) => p.caseId,
});
