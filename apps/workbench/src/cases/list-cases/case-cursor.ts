import type { CasePosition } from '../persistence/case-repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The opaque `cursor` of a queue page: where the next page continues, in `opened_at DESC, id DESC` order.
 * Clients pass it back as they got it; its inside may change without notice.
 */
export function encodeCursor(position: CasePosition): string {
  return Buffer.from(JSON.stringify([position.openedAt.toISOString(), position.id]), 'utf8').toString(
    'base64url',
  );
}

/** The position a cursor stands for, or null when it is not one this service made. */
export function decodeCursor(cursor: string): CasePosition | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [openedAt, id] = parsed as unknown[];
  if (typeof openedAt !== 'string' || !ISO_INSTANT.test(openedAt) || typeof id !== 'string' || !UUID.test(id))
    return null;
  const at = new Date(openedAt);
  if (Number.isNaN(at.getTime())) return null;
  return { openedAt: at, id: id.toLowerCase() };
}
