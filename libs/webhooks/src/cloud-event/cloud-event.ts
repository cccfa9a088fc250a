import { cloudEventTypeOf, type WebhookChannel } from './webhook-channels';
import type { WebhookData } from '../scope/webhook-data';

/** A CloudEvent 1.0 in structured JSON mode (`application/cloudevents+json`), as a webhook carries it. */
export interface LoketCloudEvent {
  specversion: '1.0';
  /** The Loket event id: the same for every attempt and every subscription, so a receiver can de-duplicate. */
  id: string;
  source: string;
  type: string;
  /** The case id. */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: WebhookData;
}

export interface CloudEventFacts {
  eventId: string;
  channel: WebhookChannel;
  caseId: string;
  occurredAt: Date;
  /** A URI-reference naming this Loket installation, e.g. `https://loket.utrecht.nl/workbench`. */
  source: string;
  data: WebhookData;
}

export function toCloudEvent(facts: CloudEventFacts): LoketCloudEvent {
  return {
    specversion: '1.0',
    id: facts.eventId,
    source: facts.source,
    type: cloudEventTypeOf(facts.channel),
    subject: facts.caseId,
    time: facts.occurredAt.toISOString(),
    datacontenttype: 'application/json',
    data: facts.data,
  };
}
