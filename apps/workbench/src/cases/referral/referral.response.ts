import { ApiProperty } from '@nestjs/swagger';
import type { CaseReferralRecord } from './case-referral.entity';

/** Who referred the case, why and when; where it went once routing decided. */
export class ReferralResponse {
  @ApiProperty({ example: 'municipality' })
  fromOrganisation!: string;

  @ApiProperty({ nullable: true, type: String, description: 'null while routing has not decided yet' })
  toOrganisation!: string | null;

  @ApiProperty({ example: 'Signalen van drugshandel; past bij de wijkagent' })
  reason!: string;

  @ApiProperty({ format: 'date-time' })
  referredAt!: string;
}

export function toReferralResponse(referral: CaseReferralRecord): ReferralResponse {
  return {
    fromOrganisation: referral.fromOrganisation,
    toOrganisation: referral.toOrganisation,
    reason: referral.reason,
    referredAt: referral.referredAt.toISOString(),
  };
}
