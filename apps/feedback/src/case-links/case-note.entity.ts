import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A note a professional wrote for the reporters of a case, kept (encrypted: free text) so a reporter whose
 * link arrives later still gets what they may see. Whether a reporter sees it is decided per reporter.
 */
@Entity({ name: 'case_notes' })
@Index('idx_case_notes_case_id', ['caseId', 'writtenAt'])
export class CaseNoteRecord {
  @PrimaryColumn({ name: 'note_id', type: 'uuid' })
  noteId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'organisation', type: 'varchar', length: 64 })
  organisation!: string;

  @Column({ name: 'text', type: 'text' })
  text!: string;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt!: Date;

  /** The `case.reporter-note-added` event: the trigger of the note's messages. */
  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;
}
