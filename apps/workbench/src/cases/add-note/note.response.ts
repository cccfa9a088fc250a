import { ApiProperty } from '@nestjs/swagger';
import { NOTE_VISIBILITIES, type CaseNoteRecord, type NoteVisibility } from '../persistence/case-note.entity';

export class NoteAuthorResponse {
  @ApiProperty({ description: 'Keycloak subject' })
  subject!: string;

  @ApiProperty({ example: 'gemeente.stadsbeheer' })
  username!: string;

  @ApiProperty({ example: 'municipality' })
  organisation!: string;
}

export class NoteResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({
    enum: NOTE_VISIBILITIES,
    description: "internal: only the author's organisation reads it; reporter: meant for the reporters",
  })
  visibility!: NoteVisibility;

  @ApiProperty({ example: 'De container is geleegd en de plek schoongemaakt.' })
  text!: string;

  @ApiProperty({ type: NoteAuthorResponse })
  author!: NoteAuthorResponse;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export function toNoteResponse(record: Omit<CaseNoteRecord, 'case'>): NoteResponse {
  return {
    id: record.id,
    caseId: record.caseId,
    visibility: record.visibility,
    text: record.text,
    author: {
      subject: record.authorSubject,
      username: record.authorUsername,
      organisation: record.organisation,
    },
    createdAt: record.createdAt.toISOString(),
  };
}
