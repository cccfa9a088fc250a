/**
 * One serialisation per value: object keys sorted (recursively), no whitespace, dates as ISO-8601 in UTC.
 * Storage that reorders keys (PostgreSQL jsonb does) cannot change it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== undefined) sorted[key] = normalise(inner);
    }
    return sorted;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Cannot serialise the number ${value}`);
  return value;
}
