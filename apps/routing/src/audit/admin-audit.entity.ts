import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what in routing's configuration, when, and what it was before and after. Append-only. */
@Entity({ name: 'admin_audit' })
@Index('idx_admin_audit_subject', ['subjectType', 'subjectId', 'at'])
export class AdminAuditRecord {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id!: string;

  @Column({ name: 'at', type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_subject', type: 'varchar', length: 100 })
  actorSubject!: string;

  @Column({ name: 'actor_username', type: 'varchar', length: 200 })
  actorUsername!: string;

  @Column({ name: 'action', type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 200 })
  subjectId!: string;

  @Column({ name: 'before', type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ name: 'after', type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ name: 'correlation_id', type: 'varchar', length: 128, nullable: true })
  correlationId!: string | null;
}
