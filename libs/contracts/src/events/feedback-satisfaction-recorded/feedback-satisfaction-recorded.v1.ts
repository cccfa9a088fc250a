import { IsBoolean, IsDateString, IsUUID, Matches } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/**
 * A reporter said, after their case closed, whether they are satisfied. No remark and no contact details:
 * the remark stays with the feedback service; this counts satisfaction for insights.
 */
export class FeedbackSatisfactionRecordedV1 {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  reportId!: string;

  @Matches(/^rr_[A-Za-z0-9_-]{16,64}$/)
  reporterRef!: string;

  @IsBoolean()
  satisfied!: boolean;

  /** Whether the reporter also asked for the case to be reopened (then a reopen-requested event follows). */
  @IsBoolean()
  reopenRequested!: boolean;

  @IsDateString()
  recordedAt!: string;
}

export const FeedbackSatisfactionRecorded = defineEvent({
  type: 'feedback.satisfaction-recorded',
  version: 1,
  topic: Topics.FeedbackSatisfactionRecordedV1,
  schema: FeedbackSatisfactionRecordedV1,
  keyOf: (p) => p.caseId,
});
