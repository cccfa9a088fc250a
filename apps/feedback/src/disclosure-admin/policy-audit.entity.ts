import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PolicyKind } from './policy-version.entity';

export type PolicyAuditAction = 'seeded' | 'published';

/** Who changed the disclosure matrix or the templates, when, and what it was before and after. Append-only. */
@Entity({ name: 'disclosure_policy_audit' })
@Index('idx_disclosure_policy_audit_kind_at', ['kind', 'at'])
export class PolicyAuditRecord {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id!: string;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind!: PolicyKind;

  @Column({ name: 'version', type: 'integer' })
  version!: number;

  @Column({ name: 'action', type: 'varchar', length: 16 })
  action!: PolicyAuditAction;

  @Column({ name: 'actor_subject', type: 'varchar', length: 80 })
  actorSubject!: string;

  @Column({ name: 'actor_username', type: 'varchar', length: 120 })
  actorUsername!: string;

  @Column({ name: 'at', type: 'timestamptz' })
  at!: Date;

  /** The version in force before; null for the seed. */
  @Column({ name: 'before', type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ name: 'after', type: 'jsonb' })
  after!: object;
}
