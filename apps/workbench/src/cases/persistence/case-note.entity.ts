import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseRecord } from './case.entity';

export const NOTE_VISIBILITIES = ['internal', 'reporter'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/**
 * A note on a case. `organisation` is the author's organisation: an internal note is read by that
 * organisation only, even after the case moves elsewhere. A reporter note is readable by everyone who sees the
 * case, and leaves the workbench as an event for the feedback service.
 */
@Entity({ name: 'case_notes' })
@Index('idx_case_notes_case_created', ['caseId', 'createdAt'])
export class CaseNoteRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'pk_case_notes' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_notes_case' })
  case?: CaseRecord;

  @Column({ name: 'organisation', type: 'varchar', length: 64 })
  organisation!: string;

  @Column({ name: 'author_subject', type: 'varchar', length: 100 })
  authorSubject!: string;

  @Column({ name: 'author_username', type: 'varchar', length: 200 })
  authorUsername!: string;

  @Column({ name: 'visibility', type: 'varchar', length: 16 })
  visibility!: NoteVisibility;

  @Column({ name: 'text', type: 'text' })
  text!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
