import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, REPORTER_TIERS } from '@loket/disclosure-policy';

export const NOTE_OUTCOMES = ['note', 'generic-progress', 'nothing'] as const;
export type NoteOutcome = (typeof NOTE_OUTCOMES)[number];

export class ReporterNotePreview {
  @ApiProperty({ example: 'reporter 1', description: 'Pseudonymous, numbered by when they reported' })
  reporter!: string;

  @ApiProperty({ enum: REPORTER_TIERS })
  tier!: string;

  @ApiProperty({ minimum: 0, maximum: 4, description: "The reporter's disclosure level on this case" })
  level!: number;

  @ApiProperty({ enum: LANGUAGES })
  language!: string;

  @ApiProperty({ enum: ['email', 'tracking-only'], description: 'By e-mail and on the tracking page, or on the tracking page only' })
  channel!: 'email' | 'tracking-only';

  @ApiProperty({
    enum: NOTE_OUTCOMES,
    description:
      'note: receives the note (redacted) in this subject and body; generic-progress: at level 2, not the note but the generic progress message in this subject and body; nothing: receipt only (level 1) or no contact (0)',
  })
  receives!: NoteOutcome;

  @ApiProperty({ example: 'Level 3 (outcome): receives your note, redacted.' })
  explanation!: string;

  @ApiPropertyOptional({ description: 'Exactly the subject this reporter receives (absent when receives is nothing)' })
  subject?: string;

  @ApiPropertyOptional({ description: 'Exactly the body this reporter receives by e-mail and on the tracking page' })
  body?: string;
}

export class ReporterNotePreviewResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: [ReporterNotePreview], description: 'One per reporter of the case; no contact details' })
  reporters!: ReporterNotePreview[];
}
