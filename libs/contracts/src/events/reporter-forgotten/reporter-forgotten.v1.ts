import { IsDateString, IsIn, IsUUID } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

export const FORGET_REASONS = ['erasure', 'retention'] as const;
export type ForgetReason = (typeof FORGET_REASONS)[number];

/**
 * A reporter's data must be forgotten everywhere: the reporter asked to be erased, or the retention period of
 * their case ran out. Feedback has already forgotten what it holds; every other service replaces the report's
 * free text and address with a marker, deletes its photos and contact details, and logs what it removed in
 * counts. Carries nothing personal: only which report and why.
 */
export class ReporterForgottenV1 {
  @IsUUID()
  reportId!: string;

  @IsIn(FORGET_REASONS)
  reason!: ForgetReason;

  @IsDateString()
  forgottenAt!: string;
}

export const ReporterForgotten = defineEvent({
  type: 'reporter.forgotten',
  version: 1,
  topic: Topics.ReporterForgottenV1,
  schema: ReporterForgottenV1,
  keyOf: (p) => p.reportId,
});

/** What a forgotten report's free text and address are replaced with, so that the rows keep their shape. */
export const FORGOTTEN_MARKER = '[verwijderd]';
