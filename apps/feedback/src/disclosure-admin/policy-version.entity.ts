import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What an administrator edits: the disclosure matrix, or the message templates. */
export const POLICY_KINDS = ['matrix', 'templates'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/**
 * One saved version of the disclosure matrix or the message templates. Versions are never changed or
 * deleted; the highest version of a kind is the one in force. Version 1 is the library's default.
 */
@Entity({ name: 'disclosure_policy_versions' })
export class PolicyVersionRecord {
  @PrimaryColumn({ name: 'kind', type: 'varchar', length: 16 })
  kind!: PolicyKind;

  @PrimaryColumn({ name: 'version', type: 'integer' })
  version!: number;

  /** The matrix or the templates, as validated when saved. */
  @Column({ name: 'content', type: 'jsonb' })
  content!: object;

  @Column({ name: 'created_by_subject', type: 'varchar', length: 80 })
  createdBySubject!: string;

  @Column({ name: 'created_by_username', type: 'varchar', length: 120 })
  createdByUsername!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
