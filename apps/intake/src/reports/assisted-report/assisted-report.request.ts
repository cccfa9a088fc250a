import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ASSISTED_CHANNELS, AssistedChannel } from '@loket/contracts';
import { SubmitReportRequest } from '../submit-report/submit-report.request';

/** The tiers an agent may record for the resident they speak to (a professional reports as one, not through the desk). */
export const ASSISTED_TIERS = ['anonymous', 'resident', 'volunteer'] as const;
export type AssistedTier = (typeof ASSISTED_TIERS)[number];

/**
 * A report a desk or phone agent (role `desk`) takes on behalf of a resident: the report as the web form has it,
 * with the resident's contact details as the resident gives them, plus how it came in and the resident's tier.
 */
export class AssistedReportRequest extends SubmitReportRequest {
  @ApiProperty({ enum: ASSISTED_CHANNELS, description: 'phone: by telephone; desk: the contact centre or police front desk; counter: in person at the town hall' })
  @IsIn(ASSISTED_CHANNELS, { message: `channel must be one of ${ASSISTED_CHANNELS.join(', ')}` })
  channel!: AssistedChannel;

  @ApiProperty({ enum: ASSISTED_TIERS, description: "The resident's tier: anonymous, resident, or a registered neighbourhood volunteer" })
  @IsIn(ASSISTED_TIERS, { message: `reporterTier must be one of ${ASSISTED_TIERS.join(', ')}` })
  reporterTier!: AssistedTier;
}
