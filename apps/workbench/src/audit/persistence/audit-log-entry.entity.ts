import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditDetails } from '@loket/audit-chain';

/**
 * One entry of the append-only audit log: who (with the roles and organisation of their token) did what to
 * which case, when, in which request (correlation id); chained to the entry before it by `previous_hash`.
 * `sequence` is handed out under the chain head's lock, so the numbers have no gaps. A trigger refuses
 * UPDATE, DELETE and TRUNCATE (migration AuditLog).
 */
@Entity({ name: 'audit_log_entries' })
@Index('idx_audit_log_case_sequence', ['caseId', 'sequence'])
@Index('idx_audit_log_actor_username_sequence', ['actorUsername', 'sequence'])
@Index('idx_audit_log_actor_subject_sequence', ['actorSubject', 'sequence'])
@Index('idx_audit_log_occurred_at', ['occurredAt'])
export class AuditLogEntryRecord {
  @PrimaryColumn({ name: 'sequence', type: 'bigint', primaryKeyConstraintName: 'pk_audit_log_entries' })
  sequence!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  actorKind!: 'user' | 'system';

  @Column({ name: 'actor_subject', type: 'varchar', length: 100, nullable: true })
  actorSubject!: string | null;

  @Column({ name: 'actor_username', type: 'varchar', length: 200, nullable: true })
  actorUsername!: string | null;

  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles!: string[];

  @Column({ name: 'actor_organisation', type: 'varchar', length: 64, nullable: true })
  actorOrganisation!: string | null;

  @Column({ name: 'action', type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ name: 'details', type: 'jsonb' })
  details!: AuditDetails;

  @Column({ name: 'correlation_id', type: 'varchar', length: 128, nullable: true })
  correlationId!: string | null;

  @Column({ name: 'previous_hash', type: 'char', length: 64 })
  previousHash!: string;

  @Column({ name: 'hash', type: 'char', length: 64 })
  hash!: string;
}
