import { IsDateString, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/**
 * An unhappy reporter asked for their closed case to be reopened. The workbench puts it in the coordinators'
 * triage queue; granting it reopens the case. The remark is redacted (no e-mail addresses, phone numbers,
 * postcode with house number) before it leaves the feedback service.
 */
export class FeedbackReopenRequestedV1 {
  @IsUUID()
  requestId!: string;

  @IsUUID()
  caseId!: string;

  @IsUUID()
  reportId!: string;

  @Matches(/^rr_[A-Za-z0-9_-]{16,64}$/)
  reporterRef!: string;

  @IsOptional()
  @IsString()
  @Length(0, 2000)
  redactedRemark!: string | null;

  @IsDateString()
  requestedAt!: string;
}

export const FeedbackReopenRequested = defineEvent({
  type: 'feedback.reopen-requested',
  version: 1,
  topic: Topics.FeedbackReopenRequestedV1,
  schema: FeedbackReopenRequestedV1,
  keyOf: (p) => p.caseId,
  personalData: { subject: 'reportId', fields: [{ path: 'redactedRemark', whenForgotten: { replaceWith: null } }] },
});
