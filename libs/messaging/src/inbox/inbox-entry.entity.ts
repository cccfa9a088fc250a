import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An event a consumer has processed, recorded in the same transaction as its effects. */
@Entity({ name: 'inbox_messages' })
@Index('idx_inbox_messages_processed_at', ['processedAt'])
export class InboxEntry {
  @PrimaryColumn({ name: 'consumer', type: 'varchar', length: 200, primaryKeyConstraintName: 'pk_inbox_messages' })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_inbox_messages' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 200 })
  eventType!: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
