import type { WebhookChannel } from '../cloud-event/webhook-channels';

/** One case event as the workbench knows it, before any subscription's scope is applied. */
export interface CaseEventFact {
  eventId: string;
  channel: WebhookChannel;
  caseId: string;
  occurredAt: Date;
  organisation: string;
  category: { main: string; sub: string | null; sensitivity: number };
  status?: { from: string; to: string; resolutionCode: string | null };
  /** The text of the report the event is about, as written (it may hold personal data). */
  description?: string | null;
  location?: { lat: number; lon: number };
}
