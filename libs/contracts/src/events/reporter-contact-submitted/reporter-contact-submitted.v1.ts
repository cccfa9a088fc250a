import { Type } from 'class-transformer';
import { IsUUID, Matches, ValidateNested } from 'class-validator';
import { SealedBoxV1 } from '../../sealing/sealed-box';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/**
 * What only the feedback service may read about a reporter (contact details, consent, language, tracking
 * code), sealed with the feedback service's public key so it never crosses the bus in plain text.
 */
export class ReporterContactSubmittedV1 {
  @IsUUID()
  reportId!: string;

  @Matches(/^rr_[A-Za-z0-9_-]{16,64}$/)
  reporterRef!: string;

  @ValidateNested()
  @Type(() => SealedBoxV1)
  sealed!: SealedBoxV1;
}

export const ReporterContactSubmitted = defineEvent({
  type: 'reporter.contact-submitted',
  version: 1,
  topic: Topics.ReporterContactSubmittedV1,
  schema: ReporterContactSubmittedV1,
  keyOf: (p) => p.reportId,
  // contact details mean nothing once forgotten: the event is then passed over
  personalData: { subject: 'reportId', fields: [{ path: 'sealed', whenForgotten: 'drop-event' }] },
});
