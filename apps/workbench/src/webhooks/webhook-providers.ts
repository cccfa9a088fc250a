import type { Provider } from '@nestjs/common';
import { DeliverWebhooks } from './deliver/deliver-webhooks.job';
import { FetchWebhookSender, WebhookSender } from './deliver/webhook-sender';
import { ListWebhookDeliveries } from './delivery-log/list-webhook-deliveries.use-case';
import { WebhookDeliveriesGauge } from './metrics/webhook-deliveries.gauge';
import { TypeormWebhookDeliveries, WebhookDeliveries } from './persistence/webhook-deliveries';
import { TypeormWebhookSubscriptions, WebhookSubscriptions } from './persistence/webhook-subscriptions';
import { QueueWebhooksWhenCaseChanged } from './queue/queue-webhooks-when-case-changed.handler';
import { ForgetOldWebhookDeliveries } from './retention/forget-old-webhook-deliveries.job';
import { CreateWebhookSubscription } from './subscriptions/create-webhook-subscription.use-case';
import { DeleteWebhookSubscription } from './subscriptions/delete-webhook-subscription.use-case';
import { DisableWebhookSubscription } from './subscriptions/disable-webhook-subscription.use-case';
import { ListWebhookSubscriptions } from './subscriptions/list-webhook-subscriptions.use-case';
import { WebhookSettings } from './webhooks.config';

/** Outgoing webhooks in the workbench: subscriptions, the webhooks' outbox, its sender and its retention. */
export function webhookProviders(settings: WebhookSettings): Provider[] {
  return [
    { provide: WebhookSettings, useValue: settings },
    { provide: WebhookSubscriptions, useClass: TypeormWebhookSubscriptions },
    { provide: WebhookDeliveries, useClass: TypeormWebhookDeliveries },
    { provide: WebhookSender, useClass: FetchWebhookSender },
    QueueWebhooksWhenCaseChanged,
    DeliverWebhooks,
    ForgetOldWebhookDeliveries,
    WebhookDeliveriesGauge,
    CreateWebhookSubscription,
    ListWebhookSubscriptions,
    DisableWebhookSubscription,
    DeleteWebhookSubscription,
    ListWebhookDeliveries,
  ];
}
