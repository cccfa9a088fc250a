import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A client's `Idempotency-Key`: the same key with the same body gets the first answer again. */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyRecord {
  @PrimaryColumn({ name: 'key', type: 'varchar', length: 200 })
  key!: string;

  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'response', type: 'jsonb' })
  response!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
