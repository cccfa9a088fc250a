import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { LoketCloudEvent } from '@loket/webhooks';
import { WebhookSubscriptionRecord } from './webhook-subscription.entity';

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/**
 * One event for one subscription: the webhooks' outbox. Written in the transaction that handles the case
 * event, so nothing is lost and nothing goes out for a change that rolled back; at most one per subscription
 * and event. `payload` is the CloudEvent as it goes out, the same on every attempt.
 */
@Entity({ name: 'webhook_deliveries' })
@Unique('uq_webhook_deliveries_subscription_event', ['subscriptionId', 'eventId'])
@Index('idx_webhook_deliveries_due', ['nextAttemptAt'], { where: `status = 'pending'` })
@Index('idx_webhook_deliveries_subscription_created', ['subscriptionId', 'createdAt'])
@Index('idx_webhook_deliveries_finished_created', ['createdAt'], { where: `status <> 'pending'` })
export class WebhookDeliveryRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'pk_webhook_deliveries' })
  id!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @ManyToOne(() => WebhookSubscriptionRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'fk_webhook_deliveries_subscription' })
  subscription?: WebhookSubscriptionRecord;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 100 })
  eventType!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'payload', type: 'jsonb' })
  payload!: LoketCloudEvent;

  @Column({ name: 'status', type: 'varchar', length: 20 })
  status!: WebhookDeliveryStatus;

  @Column({ name: 'attempts', type: 'integer' })
  attempts!: number;

  /** While pending: when it is due (or, claimed by a sender, when its claim runs out). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
