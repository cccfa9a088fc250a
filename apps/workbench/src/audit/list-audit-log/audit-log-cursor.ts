/** The opaque `cursor` of an audit log page: the sequence number the next page continues below. */
export function encodeAuditCursor(before: number): string {
  return Buffer.from(JSON.stringify({ before }), 'utf8').toString('base64url');
}

/** The sequence number a cursor stands for, or null when it is not one this service made. */
export function decodeAuditCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const before = (parsed as { before?: unknown } | null)?.before;
    return typeof before === 'number' && Number.isSafeInteger(before) && before > 0 ? before : null;
  } catch {
    return null;
  }
}
