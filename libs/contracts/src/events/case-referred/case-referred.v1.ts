import { IsDateString, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/**
 * A professional referred a case to another organisation. Routing decides where it goes: the requested
 * organisation, or (when none is named) what the policy decides without the referring organisation.
 */
export class CaseReferredV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  fromOrganisation!: string;

  /** The organisation the professional asked for; null or absent: routing decides. */
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  requestedOrganisation?: string | null;

  /** Why, in the professional's words; the receiving organisation sees it. */
  @IsString()
  @Length(1, 1000)
  reason!: string;

  @IsDateString()
  referredAt!: string;

  /** The case version after the referral. */
  @IsInt()
  @Min(1)
  caseVersion!: number;
}

export const CaseReferred = defineEvent({
  type: 'case.referred',
  version: 1,
  topic: Topics.CaseReferredV1,
  schema: CaseReferredV1,
  keyOf: (p) => p.caseId,
});
