import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TriageReasonResponse } from '../../triage/triage-reason.response';
import { CaseSummaryResponse } from '../case-summary.response';
import { SLA_STATUSES, type SlaStatus } from '../persistence/case-repository';

/** A case in a queue: its summary, where it stands against its SLA, and (in the triage queue) why it is there. */
export class QueueItemResponse extends CaseSummaryResponse {
  @ApiProperty({ enum: SLA_STATUSES })
  slaStatus!: SlaStatus;

  @ApiPropertyOptional({
    type: [TriageReasonResponse],
    description: 'Triage queue only: every reason the case needs a coordinator, in a fixed order',
  })
  triage?: TriageReasonResponse[];
}
