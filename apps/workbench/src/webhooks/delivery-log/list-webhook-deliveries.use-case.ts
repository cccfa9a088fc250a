import { Injectable } from '@nestjs/common';
import { ProblemException } from '@loket/http';
import { WebhookDeliveries } from '../persistence/webhook-deliveries';
import { WebhookSubscriptions } from '../persistence/webhook-subscriptions';
import { toWebhookDeliveryResponse, WebhookDeliveryLogResponse } from './webhook-delivery.response';

const LOG_LIMIT = 200;

/** A subscription's delivery log for administrators: each event's status, attempts and errors. */
@Injectable()
export class ListWebhookDeliveries {
  constructor(
    private readonly subscriptions: WebhookSubscriptions,
    private readonly deliveries: WebhookDeliveries,
  ) {}

  async execute(subscriptionId: string): Promise<WebhookDeliveryLogResponse> {
    if (!(await this.subscriptions.find(subscriptionId))) throw ProblemException.notFound(`No webhook subscription ${subscriptionId}`);
    const log = await this.deliveries.logOf(subscriptionId, LOG_LIMIT);
    return { items: log.map(({ delivery, attempts }) => toWebhookDeliveryResponse(delivery, attempts)) };
  }
}
