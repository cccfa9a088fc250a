import { IsDateString, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/** `question-for-reporter` was added later: a professional's question, e-mailed to the reporter. */
export const FEEDBACK_STAGES = [
  'received', 'picked-up', 'referred', 'waiting', 'resolved', 'closed', 'reopened', 'note-for-reporter', 'question-for-reporter',
] as const;
export type FeedbackStage = (typeof FEEDBACK_STAGES)[number];

/** A reporter was told something about their report. No contact details: it counts the closed loop. */
export class FeedbackDeliveredV1 {
  @IsUUID()
  messageId!: string;

  @IsUUID()
  reportId!: string;

  @IsOptional()
  @IsUUID()
  caseId!: string | null;

  @Matches(/^rr_[A-Za-z0-9_-]{16,64}$/)
  reporterRef!: string;

  @IsIn(FEEDBACK_STAGES)
  stage!: FeedbackStage;

  /** The disclosure level the message was written at (0 none … 4 trusted). */
  @IsInt()
  @Min(0)
  @Max(4)
  level!: number;

  @IsIn(['email'])
  channel!: 'email';

  @IsDateString()
  deliveredAt!: string;
}

export const FeedbackDelivered = defineEvent({
  type: 'feedback.delivered',
  version: 1,
  topic: Topics.FeedbackDeliveredV1,
  schema: FeedbackDeliveredV1,
  keyOf: (p) => p.caseId ?? p.reportId,
});
