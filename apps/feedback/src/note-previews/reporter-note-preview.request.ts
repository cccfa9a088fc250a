import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /api/v1/cases/:caseId/reporter-note-previews`: the note as the workbench would save it. */
export class ReporterNotePreviewRequest {
  @ApiProperty({ example: 'Het grofvuil is opgehaald. Dank voor uw melding!', maxLength: 4000 })
  @Transform(trim)
  @IsString()
  @Length(1, 4000)
  text!: string;
}
