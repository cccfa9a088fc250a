/**
 * The case facts another system can subscribe to, by the name of the Loket event they come from. A case that
 * closes is a `case.status-changed` with `to: "closed"`.
 */
export const WEBHOOK_CHANNELS = ['case.opened', 'case.report-linked', 'case.status-changed', 'case.reassigned'] as const;
export type WebhookChannel = (typeof WEBHOOK_CHANNELS)[number];

export function isWebhookChannel(value: string): value is WebhookChannel {
  return (WEBHOOK_CHANNELS as readonly string[]).includes(value);
}

/** The CloudEvents `type` of a channel: reverse-DNS and versioned, e.g. `nl.loket.case.status-changed.v1`. */
export function cloudEventTypeOf(channel: WebhookChannel): string {
  return `nl.loket.${channel}.v1`;
}
