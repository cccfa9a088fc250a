import { IsArray, IsDateString, IsString, IsUUID, Length } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/**
 * A coordinator merged two cases about one incident: the absorbed case's reports moved to the surviving
 * case, and the absorbed case is closed (merged into the survivor).
 */
export class CaseMergedV1 {
  @IsUUID()
  survivingCaseId!: string;

  @IsUUID()
  absorbedCaseId!: string;

  /** The reports that moved from the absorbed case to the surviving one. */
  @IsArray()
  @IsUUID('all', { each: true })
  reportIds!: string[];

  /** Why, in the coordinator's words. */
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @IsDateString()
  mergedAt!: string;
}

export const CaseMerged = defineEvent({
  type: 'case.merged',
  version: 1,
  topic: Topics.CaseMergedV1,
  schema: CaseMergedV1,
  keyOf: (p) => p.survivingCaseId,
});
