import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReplyLibrary } from './reply-library';

/**
 * One saved version of the ready-made reply library. Versions are never changed or deleted; the highest is
 * the one in force (none saved yet: an empty library, version 0). Each save is also an entry in the audit log.
 */
@Entity({ name: 'ready_made_reply_versions' })
export class ReplyLibraryVersionRecord {
  @PrimaryColumn({ name: 'version', type: 'integer', primaryKeyConstraintName: 'pk_ready_made_reply_versions' })
  version!: number;

  @Column({ name: 'content', type: 'jsonb' })
  content!: ReplyLibrary;

  @Column({ name: 'created_by_subject', type: 'varchar', length: 100 })
  createdBySubject!: string;

  @Column({ name: 'created_by_username', type: 'varchar', length: 200 })
  createdByUsername!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
