// @loket/webhooks: outgoing webhooks for other systems, framework-free: the CloudEvent a subscription receives,
// what its scope lets into it, the Standard Webhooks signature, the retry schedule and which target URLs are allowed.
export type { CloudEventFacts, LoketCloudEvent } from './cloud-event/cloud-event';
export { toCloudEvent } from './cloud-event/cloud-event';
export type { WebhookChannel } from './cloud-event/webhook-channels';
export { cloudEventTypeOf, isWebhookChannel, WEBHOOK_CHANNELS } from './cloud-event/webhook-channels';
export type { RetryDecision, RetryPolicy } from './retry/retry-schedule';
export { backoffDelayMs, DEFAULT_RETRY_POLICY, nextAttempt } from './retry/retry-schedule';
export type { CaseEventFact } from './scope/case-event-fact';
export { DESCRIPTION_MAX_LENGTH, redactedDescription, selectWebhookData } from './scope/select-webhook-data';
export type { SubscriptionScope, WebhookField, WebhookFilter } from './scope/subscription-scope';
export { isWebhookField, MAX_PUBLIC_SENSITIVITY, WEBHOOK_FIELDS } from './scope/subscription-scope';
export type { WebhookData } from './scope/webhook-data';
export type { WebhookHeaders } from './signature/webhook-signature';
export { DEFAULT_TOLERANCE_SECONDS, generateWebhookSecret, signWebhook, verifyWebhookSignature } from './signature/webhook-signature';
export { targetUrlProblem } from './target/target-url';
