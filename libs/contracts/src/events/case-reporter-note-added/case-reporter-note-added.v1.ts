import { IsDateString, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/**
 * A professional wrote a note meant for the reporters of a case. Whether a reporter receives its text is
 * decided by the feedback service's disclosure policy, not by the professional.
 */
export class CaseReporterNoteAddedV1 {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  noteId!: string;

  @Matches(/^[a-z0-9-]{1,64}$/)
  organisation!: string;

  @IsString()
  @Length(1, 4000)
  text!: string;

  @IsDateString()
  writtenAt!: string;
}

export const CaseReporterNoteAdded = defineEvent({
  type: 'case.reporter-note-added',
  version: 1,
  topic: Topics.CaseReporterNoteAddedV1,
  schema: CaseReporterNoteAddedV1,
  keyOf: (p) => p.caseId,
});
