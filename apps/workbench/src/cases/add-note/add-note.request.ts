import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length } from 'class-validator';
import { NOTE_VISIBILITIES, type NoteVisibility } from '../persistence/case-note.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /api/v1/cases/:id/notes`. */
export class AddNoteRequest {
  @ApiProperty({
    enum: NOTE_VISIBILITIES,
    description:
      'internal: stays in your organisation; reporter: offered to the reporters, each at their disclosure level',
  })
  @IsIn(NOTE_VISIBILITIES)
  visibility!: NoteVisibility;

  @ApiProperty({ example: 'Het grofvuil is opgehaald. Dank voor uw melding!', maxLength: 4000 })
  @Transform(trim)
  @IsString()
  @Length(1, 4000)
  text!: string;
}
