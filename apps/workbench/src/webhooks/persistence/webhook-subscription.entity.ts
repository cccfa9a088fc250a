import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WebhookChannel, WebhookField } from '@loket/webhooks';

export type WebhookSubscriptionStatus = 'active' | 'disabled';

/**
 * Another system's subscription to case events: where they go, which channels, which cases (filter) and which
 * fields (scope). The signing secret is kept to sign with and shown only once, when the subscription is made.
 */
@Entity({ name: 'webhook_subscriptions' })
export class WebhookSubscriptionRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'pk_webhook_subscriptions' })
  id!: string;

  @Column({ name: 'name', type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'target_url', type: 'varchar', length: 2000 })
  targetUrl!: string;

  @Column({ name: 'channels', type: 'text', array: true })
  channels!: WebhookChannel[];

  @Column({ name: 'filter_categories', type: 'text', array: true })
  filterCategories!: string[];

  @Column({ name: 'filter_organisations', type: 'text', array: true })
  filterOrganisations!: string[];

  @Column({ name: 'fields', type: 'text', array: true })
  fields!: WebhookField[];

  @Column({ name: 'secret', type: 'varchar', length: 100 })
  secret!: string;

  @Column({ name: 'status', type: 'varchar', length: 20 })
  status!: WebhookSubscriptionStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by_username', type: 'varchar', length: 200 })
  createdByUsername!: string;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;
}
