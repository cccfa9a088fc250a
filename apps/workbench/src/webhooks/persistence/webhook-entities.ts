import { WebhookDeliveryAttemptRecord } from './webhook-delivery-attempt.entity';
import { WebhookDeliveryRecord } from './webhook-delivery.entity';
import { WebhookSubscriptionRecord } from './webhook-subscription.entity';

export const WEBHOOK_ENTITIES = [WebhookSubscriptionRecord, WebhookDeliveryRecord, WebhookDeliveryAttemptRecord];
