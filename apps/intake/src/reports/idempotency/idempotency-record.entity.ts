import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A client's `Idempotency-Key`, kept so that the same key with the same body gets the first answer again — and
 * kept so that the table alone opens nothing: the key and the request only as keyed hashes, the answer (which
 * holds the tracking code) sealed with a key derived from the client's Idempotency-Key, and only for a day
 * (`LOKET_IDEMPOTENCY_HOURS`).
 */
@Entity({ name: 'idempotency_records' })
@Index('idx_idempotency_records_created_at', ['createdAt'])
export class IdempotencyRecord {
  @PrimaryColumn({ name: 'key_hash', type: 'char', length: 64, primaryKeyConstraintName: 'PK_idempotency_records' })
  keyHash!: string;

  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  /** IV, tag and ciphertext of the answer; null while the first request is still being handled. */
  @Column({ name: 'sealed_response', type: 'bytea', nullable: true })
  sealedResponse!: Buffer | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
