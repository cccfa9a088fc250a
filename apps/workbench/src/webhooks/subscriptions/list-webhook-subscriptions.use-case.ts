import { Injectable } from '@nestjs/common';
import { WebhookSubscriptions } from '../persistence/webhook-subscriptions';
import { toWebhookSubscriptionResponse, WebhookSubscriptionListResponse } from './webhook-subscription.response';

/** Every subscription, newest first, without secrets. */
@Injectable()
export class ListWebhookSubscriptions {
  constructor(private readonly subscriptions: WebhookSubscriptions) {}

  async execute(): Promise<WebhookSubscriptionListResponse> {
    return { items: (await this.subscriptions.all()).map(toWebhookSubscriptionResponse) };
  }
}
