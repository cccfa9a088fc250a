import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A registered Open311 client (a city app, a dashboard) and its api_key, kept only as a keyed hash
 * (HMAC-SHA256 with LOKET_HASH_KEY): the table alone opens nothing. The key itself is shown once, when made.
 */
@Entity({ name: 'open311_clients' })
@Index('idx_open311_clients_key_hash', ['keyHash'], { unique: true })
export class Open311ClientRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash!: string;

  /** The key's first characters, so an administrator can tell keys apart; not enough to use it. */
  @Column({ name: 'key_prefix', type: 'varchar', length: 16 })
  keyPrefix!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'varchar', length: 200, nullable: true })
  revokedBy!: string | null;
}

/** Who did what to the Open311 clients, and when (intake's administrators' audit). */
@Entity({ name: 'admin_audit' })
@Index('idx_admin_audit_at', ['at'])
export class IntakeAdminAuditRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'at', type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_subject', type: 'varchar', length: 200 })
  actorSubject!: string;

  @Column({ name: 'actor_username', type: 'varchar', length: 200 })
  actorUsername!: string;

  /** `open311-client.created`, `open311-client.revoked`. */
  @Column({ name: 'action', type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'target_id', type: 'varchar', length: 200 })
  targetId!: string;

  /** What changed, never the key. */
  @Column({ name: 'details', type: 'jsonb' })
  details!: Record<string, unknown>;
}
