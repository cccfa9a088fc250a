import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one row saying where the audit chain ends. Appending locks it (`FOR UPDATE`), so the chain never forks. */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHeadRecord {
  @PrimaryColumn({ name: 'id', type: 'smallint', primaryKeyConstraintName: 'pk_audit_chain_head' })
  id!: number;

  @Column({ name: 'last_sequence', type: 'bigint' })
  lastSequence!: string;

  @Column({ name: 'last_hash', type: 'char', length: 64 })
  lastHash!: string;
}

export const CHAIN_HEAD_ID = 1;
