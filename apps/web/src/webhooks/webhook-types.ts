/**
 * The workbench's webhook subscriptions as its admin API answers them (`/api/workbench/v1/admin/webhook-subscriptions`,
 * described in docs/webhooks.md). The channel and field lists mirror the API's enums (its OpenAPI document).
 */
export const WEBHOOK_CHANNELS = ['case.opened', 'case.report-linked', 'case.status-changed', 'case.reassigned'] as const;
export type WebhookChannel = (typeof WEBHOOK_CHANNELS)[number];

export const WEBHOOK_FIELDS = ['organisation', 'category', 'description', 'location'] as const;
export type WebhookField = (typeof WEBHOOK_FIELDS)[number];

export interface WebhookSubscription {
  id: string;
  name: string;
  targetUrl: string;
  channels: WebhookChannel[];
  filter: { categories: string[]; organisations: string[] };
  fields: WebhookField[];
  status: 'active' | 'disabled';
  createdAt: string;
  createdBy: string;
  disabledAt: string | null;
}

export interface CreatedWebhookSubscription extends WebhookSubscription {
  /** The signing secret: in this one answer only. */
  secret: string;
}

export interface NewWebhookSubscription {
  name: string;
  targetUrl: string;
  channels: WebhookChannel[];
  categories: string[];
  organisations: string[];
  fields: WebhookField[];
}

export interface WebhookDelivery {
  id: string;
  eventId: string;
  channel: string;
  caseId: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  createdAt: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  lastError: string | null;
}

export const WEBHOOKS_PATH = '/admin/webhook-subscriptions';
