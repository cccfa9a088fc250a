import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EventEnvelope } from '@loket/contracts';

/**
 * An event written in the same transaction as the state change it reports; the relay publishes it and then deletes
 * the row, so every row here is still to be published (a trigger notifies the relay of each insert on commit).
 */
@Entity({ name: 'outbox_messages' })
@Index('uq_outbox_messages_event_id', ['eventId'], { unique: true })
export class OutboxMessage {
  @PrimaryGeneratedColumn({ name: 'sequence', type: 'bigint', primaryKeyConstraintName: 'pk_outbox_messages' })
  sequence!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'topic', type: 'varchar', length: 200 })
  topic!: string;

  @Column({ name: 'message_key', type: 'varchar', length: 200 })
  messageKey!: string;

  @Column({ name: 'envelope', type: 'jsonb' })
  envelope!: EventEnvelope;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
