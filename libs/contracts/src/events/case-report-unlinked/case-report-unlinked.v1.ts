import { IsDateString, IsString, IsUUID, Length } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/**
 * A coordinator took a report out of the case it was linked to: it is about another incident. `newCaseId` is
 * where the report now belongs: a case of its own (routing also publishes `case.opened` for it, decided by the
 * policy), or, when a coordinator moved the report into another case (link, split), that case (routing also
 * publishes `case.report-linked` for it).
 */
export class CaseReportUnlinkedV1 {
  @IsUUID()
  fromCaseId!: string;

  @IsUUID()
  reportId!: string;

  @IsUUID()
  newCaseId!: string;

  /** Why, in the coordinator's words. */
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @IsDateString()
  unlinkedAt!: string;
}

export const CaseReportUnlinked = defineEvent({
  type: 'case.report-unlinked',
  version: 1,
  topic: Topics.CaseReportUnlinkedV1,
  schema: CaseReportUnlinkedV1,
  keyOf: (p) => p.fromCaseId,
});
