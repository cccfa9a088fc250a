/**
 * What a webhook's `data` may hold: never the reporter (no `reporterRef`, no contact details, no tier), never
 * photos, notes or the people working the case, never a free-text reason; a description only redacted.
 */
export interface WebhookData {
  caseId: string;
  /** `case.status-changed` only. */
  status?: { from: string; to: string; resolutionCode: string | null };
  /** The organisation holding the case (after a reassignment: the new one). Scope field `organisation`. */
  organisation?: string;
  /** Scope field `category`. */
  category?: { main: string; sub: string | null };
  /** The report's description with personal data removed (`@loket/redaction`), at most 500 characters. Scope field `description`. */
  description?: string;
  /** The centre of the ~100 m grid cell the report lies in, never the exact point. Scope field `location`. */
  location?: { lat: number; lon: number };
}
