import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { WebhookChannel } from '@loket/webhooks';
import { WebhookSubscriptionRecord } from './webhook-subscription.entity';

/** The subscriptions administrators made. */
export abstract class WebhookSubscriptions {
  abstract add(tx: EntityManager, record: WebhookSubscriptionRecord): Promise<void>;
  /** Newest first. */
  abstract all(): Promise<WebhookSubscriptionRecord[]>;
  abstract find(id: string, tx?: EntityManager): Promise<WebhookSubscriptionRecord | null>;
  abstract disable(tx: EntityManager, id: string, at: Date): Promise<void>;
  /** With its deliveries and their attempts. */
  abstract remove(tx: EntityManager, id: string): Promise<void>;
  /** The active subscriptions that take this channel. */
  abstract activeOn(tx: EntityManager, channel: WebhookChannel): Promise<WebhookSubscriptionRecord[]>;
}

@Injectable()
export class TypeormWebhookSubscriptions extends WebhookSubscriptions {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(tx: EntityManager, record: WebhookSubscriptionRecord): Promise<void> {
    await tx.insert(WebhookSubscriptionRecord, record);
  }

  all(): Promise<WebhookSubscriptionRecord[]> {
    return this.dataSource.manager.find(WebhookSubscriptionRecord, { order: { createdAt: 'DESC', id: 'ASC' } });
  }

  find(id: string, tx: EntityManager = this.dataSource.manager): Promise<WebhookSubscriptionRecord | null> {
    return tx.findOneBy(WebhookSubscriptionRecord, { id });
  }

  async disable(tx: EntityManager, id: string, at: Date): Promise<void> {
    await tx.update(WebhookSubscriptionRecord, { id, status: 'active' }, { status: 'disabled', disabledAt: at });
  }

  async remove(tx: EntityManager, id: string): Promise<void> {
    await tx.delete(WebhookSubscriptionRecord, { id });
  }

  activeOn(tx: EntityManager, channel: WebhookChannel): Promise<WebhookSubscriptionRecord[]> {
    return tx
      .createQueryBuilder(WebhookSubscriptionRecord, 's')
      .where(`s.status = 'active'`)
      .andWhere(':channel = ANY(s.channels)', { channel })
      .getMany();
  }
}
