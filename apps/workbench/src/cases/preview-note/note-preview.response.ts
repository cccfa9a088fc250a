import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const NOTE_OUTCOMES = ['note', 'generic-progress', 'nothing'] as const;
export type NoteOutcome = (typeof NOTE_OUTCOMES)[number];

/** What one reporter of the case would receive of the note; pseudonymous, no contact details. */
export class ReporterNotePreviewResponse {
  @ApiProperty({ example: 'reporter 1' })
  reporter!: string;

  @ApiProperty({ enum: ['anonymous', 'resident', 'volunteer', 'professional'] })
  tier!: string;

  @ApiProperty({ minimum: 0, maximum: 4 })
  level!: number;

  @ApiProperty({ enum: ['nl', 'en'] })
  language!: string;

  @ApiProperty({ enum: ['email', 'tracking-only'] })
  channel!: string;

  @ApiProperty({
    enum: NOTE_OUTCOMES,
    description:
      'note: receives it as shown (redacted); generic-progress: level 2, gets the generic progress message shown instead of the note; nothing: level 0 or 1',
  })
  receives!: NoteOutcome;

  @ApiProperty()
  explanation!: string;

  @ApiPropertyOptional({ description: 'Exactly the subject the reporter receives (absent when nothing)' })
  subject?: string;

  @ApiPropertyOptional({ description: 'Exactly the body the reporter receives, redacted' })
  body?: string;
}

export class NotePreviewResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: [ReporterNotePreviewResponse] })
  reporters!: ReporterNotePreviewResponse[];
}

/** Keeps only the fields the workbench documents from the feedback service's answer. */
export function toNotePreviewResponse(caseId: string, answer: unknown): NotePreviewResponse {
  const reporters = (answer as { reporters?: unknown } | null)?.reporters;
  if (!Array.isArray(reporters)) throw new Error('the feedback service answered without reporters');
  return {
    caseId,
    reporters: reporters.map((raw: Record<string, unknown>) => ({
      reporter: String(raw['reporter']),
      tier: String(raw['tier']),
      level: Number(raw['level']),
      language: String(raw['language']),
      channel: String(raw['channel']),
      receives: String(raw['receives']) as NoteOutcome,
      explanation: String(raw['explanation']),
      ...(typeof raw['subject'] === 'string' ? { subject: raw['subject'] } : {}),
      ...(typeof raw['body'] === 'string' ? { body: raw['body'] } : {}),
    })),
  };
}
