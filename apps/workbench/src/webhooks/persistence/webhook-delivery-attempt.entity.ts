import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WebhookDeliveryRecord } from './webhook-delivery.entity';

/** One try to deliver: when, the receiver's HTTP status (if it answered) or what went wrong. */
@Entity({ name: 'webhook_delivery_attempts' })
export class WebhookDeliveryAttemptRecord {
  @PrimaryColumn({ name: 'delivery_id', type: 'uuid', primaryKeyConstraintName: 'pk_webhook_delivery_attempts' })
  deliveryId!: string;

  @PrimaryColumn({ name: 'attempt', type: 'integer', primaryKeyConstraintName: 'pk_webhook_delivery_attempts' })
  attempt!: number;

  @ManyToOne(() => WebhookDeliveryRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'fk_webhook_delivery_attempts_delivery' })
  delivery?: WebhookDeliveryRecord;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt!: Date;

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ name: 'error', type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;
}
