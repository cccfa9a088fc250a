import type { AuditDetails, AuditValue } from './audit-entry';

/** A value that names something (an id, a code, a state, a date), not a sentence someone wrote. */
const IDENTIFIER = /^[\p{L}\p{N}_.:@/+-]{1,120}$/u;
const MAX_LIST = 50;

/**
 * What of a change's or a query's details may go into the audit log: numbers, flags, nulls and
 * identifier-like strings (and short lists of them). Anything that looks like prose — spaces, punctuation,
 * long text — and nested objects are left out, so free text (note texts, reasons, descriptions) never
 * reaches the log. Keys listed in `freeTextKeys` are left out whatever they hold. Undefined values are dropped.
 */
export function auditDetails(raw: Readonly<Record<string, unknown>>, freeTextKeys: readonly string[] = []): AuditDetails {
  const details: Record<string, AuditValue> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (freeTextKeys.includes(key) || !IDENTIFIER.test(key)) continue;
    const kept = auditValue(value);
    if (kept !== undefined) details[key] = kept;
  }
  return details;
}

function auditValue(value: unknown): AuditValue | undefined {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return IDENTIFIER.test(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST) return undefined;
    const items = value.map(auditValue);
    return items.every((item): item is string | number => typeof item === 'string' || typeof item === 'number')
      ? items
      : undefined;
  }
  return undefined;
}
