import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { Topics } from '../../topics';
import { CaseCategoryV1 } from '../case-opened/case-opened.v1';
import { defineEvent } from '../event-definition';
import { PRIORITIES, Priority, SlaV1 } from '../shared-shapes';

/**
 * How routing found the target: for a referral, how the policy answered it (see the routing policy's
 * referralTarget); 'coordinator' when a coordinator re-routed the case (a misrouting corrected; no referral).
 */
export const REASSIGNMENT_VIAS = ['matching-rule', 'organisation-rule', 'policy-decision', 'fallback', 'coordinator'] as const;
export type ReassignmentVia = (typeof REASSIGNMENT_VIAS)[number];

/**
 * Routing decided where a case goes: a new organisation and team, with why. Either answering a referral
 * (`case.referred`), or a coordinator's re-route (`via: 'coordinator'`) of a case that was misrouted, possibly
 * because it was filed under the wrong category (then `category` is the case's category from now on).
 */
export class CaseReassignedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  fromOrganisation!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  organisation!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  team!: string;

  @IsIn(PRIORITIES)
  priority!: Priority;

  @ValidateNested()
  @Type(() => SlaV1)
  sla!: SlaV1;

  /** How routing found the target (see REASSIGNMENT_VIAS). */
  @IsIn(REASSIGNMENT_VIAS)
  via!: ReassignmentVia;

  /** Routing's explanation of the decision, for coordinators. */
  @IsString()
  @Length(1, 4000)
  explanation!: string;

  /** The referral reason in the referring professional's words, or the coordinator's reason for re-routing. */
  @IsString()
  @Length(1, 1000)
  reason!: string;

  @IsDateString()
  reassignedAt!: string;

  /**
   * The case's category from now on, with its sensitivity, when the coordinator changed it with this re-route;
   * absent when the category stays (optional: v1 stays compatible).
   */
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseCategoryV1)
  category?: CaseCategoryV1;
}

export const CaseReassigned = defineEvent({
  type: 'case.reassigned',
  version: 1,
  topic: Topics.CaseReassignedV1,
  schema: CaseReassignedV1,
  keyOf: (p) => p.caseId,
});
