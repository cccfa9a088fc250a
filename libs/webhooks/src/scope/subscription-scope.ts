import type { WebhookChannel } from '../cloud-event/webhook-channels';

/** The optional fields a subscription may be given; `caseId` (and a status change's states) always go. */
export const WEBHOOK_FIELDS = ['organisation', 'category', 'description', 'location'] as const;
export type WebhookField = (typeof WEBHOOK_FIELDS)[number];

export function isWebhookField(value: string): value is WebhookField {
  return (WEBHOOK_FIELDS as readonly string[]).includes(value);
}

/** Which cases a subscription hears about; an empty or missing list does not narrow. */
export interface WebhookFilter {
  /** Main category codes, e.g. `afval`. */
  categories?: string[];
  organisations?: string[];
}

export interface SubscriptionScope {
  channels: readonly WebhookChannel[];
  filter: WebhookFilter;
  fields: readonly WebhookField[];
}

/**
 * The highest category sensitivity another system ever hears of, the same line as the public map and Open311
 * draw: 1 public space, 2 nuisance. Safety (3) and care for a person (4) are never sent, whatever the scope.
 */
export const MAX_PUBLIC_SENSITIVITY = 2;
