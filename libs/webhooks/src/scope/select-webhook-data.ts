import { coarsePlace, redact } from '@loket/redaction';
import type { CaseEventFact } from './case-event-fact';
import { MAX_PUBLIC_SENSITIVITY, type SubscriptionScope } from './subscription-scope';
import type { WebhookData } from './webhook-data';

export const DESCRIPTION_MAX_LENGTH = 500;

/**
 * What one subscription receives of a case event, or null when it receives nothing: not its channel, outside
 * its filter, or a sensitive category (never sent). Only the fields its scope names are added.
 */
export function selectWebhookData(fact: CaseEventFact, scope: SubscriptionScope): WebhookData | null {
  if (!scope.channels.includes(fact.channel)) return null;
  if (fact.category.sensitivity > MAX_PUBLIC_SENSITIVITY) return null;
  if (!admits(scope.filter.categories, fact.category.main)) return null;
  if (!admits(scope.filter.organisations, fact.organisation)) return null;
  const fields = new Set(scope.fields);
  const data: WebhookData = { caseId: fact.caseId };
  if (fact.status) data.status = { from: fact.status.from, to: fact.status.to, resolutionCode: fact.status.resolutionCode };
  if (fields.has('organisation')) data.organisation = fact.organisation;
  if (fields.has('category')) data.category = { main: fact.category.main, sub: fact.category.sub };
  if (fields.has('description') && fact.description) data.description = redactedDescription(fact.description);
  if (fields.has('location') && fact.location) data.location = coarsePlace(fact.location.lat, fact.location.lon);
  return data;
}

function admits(allowed: readonly string[] | undefined, value: string): boolean {
  return !allowed || allowed.length === 0 || allowed.includes(value);
}

/** Redacted, then cut at a word boundary so a redaction marker is never cut in half. */
export function redactedDescription(text: string): string {
  const redacted = redact(text).text.trim();
  if (redacted.length <= DESCRIPTION_MAX_LENGTH) return redacted;
  const cut = redacted.slice(0, DESCRIPTION_MAX_LENGTH);
  const open = cut.lastIndexOf('[');
  const safe = open > cut.lastIndexOf(']') ? cut.slice(0, open) : cut;
  return `${safe.slice(0, Math.max(safe.lastIndexOf(' '), 1)).trimEnd()}…`;
}

