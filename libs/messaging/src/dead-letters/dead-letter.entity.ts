import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const DEAD_LETTER_STATUSES = ['parked', 'replayed', 'discarded'] as const;
export type DeadLetterStatus = (typeof DEAD_LETTER_STATUSES)[number];

/**
 * A message this service's consumer gave up on, parked until an administrator replays or discards it. Also sent to
 * `<topic>.dlq`; this row is what the admin API, the CLI and `/metrics` read. The resolution columns are written
 * once, when it leaves `parked`.
 */
@Entity({ name: 'dead_letters' })
@Index('uq_dead_letters_message', ['consumerGroup', 'topic', 'partition', 'offset'], { unique: true })
@Index('idx_dead_letters_status_topic', ['status', 'topic'])
export class DeadLetterRecord {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint', primaryKeyConstraintName: 'pk_dead_letters' })
  id!: string;

  @Column({ name: 'topic', type: 'varchar', length: 200 })
  topic!: string;

  @Column({ name: 'partition', type: 'integer' })
  partition!: number;

  @Column({ name: 'offset', type: 'bigint' })
  offset!: string;

  @Column({ name: 'message_key', type: 'text', nullable: true })
  messageKey!: string | null;

  /** The message's value exactly as it arrived. */
  @Column({ name: 'value', type: 'text' })
  value!: string;

  @Column({ name: 'reason', type: 'text' })
  reason!: string;

  @Column({ name: 'attempts', type: 'integer' })
  attempts!: number;

  @Column({ name: 'consumer_group', type: 'varchar', length: 200 })
  consumerGroup!: string;

  @Column({ name: 'failed_at', type: 'timestamptz', default: () => 'now()' })
  failedAt!: Date;

  @Column({ name: 'status', type: 'varchar', length: 16, default: 'parked' })
  status!: DeadLetterStatus;

  @Column({ name: 'resolved_by', type: 'varchar', length: 200, nullable: true })
  resolvedBy!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolution_reason', type: 'text', nullable: true })
  resolutionReason!: string | null;
}
