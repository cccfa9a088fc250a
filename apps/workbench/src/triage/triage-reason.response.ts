import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const TRIAGE_REASONS = [
  'routed-by-fallback',
  'low-confidence-category',
  'possibly-related',
  'reopen-requested',
  'sla-breached',
] as const;
export type TriageReason = (typeof TRIAGE_REASONS)[number];

/** One reason a case is in the coordinators' triage queue, said in words and with what a coordinator acts on. */
export class TriageReasonResponse {
  @ApiProperty({ enum: TRIAGE_REASONS })
  reason!: TriageReason;

  @ApiProperty({ example: 'No rule of policy default v3 matched; the fallback sent the case to triage' })
  explanation!: string;

  @ApiPropertyOptional({ type: [String], description: 'possibly-related: the cases it may concern' })
  relatedCaseIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'reopen-requested: grant or decline this request' })
  requestId?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: "reopen-requested: the reporter's remark, redacted" })
  remark?: string | null;

  @ApiPropertyOptional({ format: 'date-time', description: 'reopen-requested: when; sla-breached: when it was due' })
  at?: string;
}
