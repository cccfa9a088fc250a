import { CASE_SORTS, type CasePosition, type CaseSort } from '../persistence/case-repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The opaque `cursor` of a queue page: where the next page continues in its sort's order, and which sort that
 * was (a cursor is only good for the sort it was made for). Clients pass it back as they got it; its inside
 * may change without notice.
 */
export function encodeCursor(position: CasePosition): string {
  const parts: (string | number)[] = [position.sort, position.at.toISOString(), position.id];
  if (position.rank !== undefined) parts.push(position.rank);
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
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
  if (!Array.isArray(parsed) || parsed.length < 3 || parsed.length > 4) return null;
  const [sort, at, id, rank] = parsed as unknown[];
  if (!CASE_SORTS.includes(sort as CaseSort)) return null;
  if (typeof at !== 'string' || !ISO_INSTANT.test(at) || typeof id !== 'string' || !UUID.test(id)) return null;
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return null;
  const ranked = sort === '-priority';
  if (ranked !== (parsed.length === 4)) return null;
  if (ranked && !(typeof rank === 'number' && Number.isInteger(rank) && rank >= 1 && rank <= 4)) return null;
  return {
    sort: sort as CaseSort,
    at: instant,
    id: id.toLowerCase(),
    ...(ranked ? { rank: rank as number } : {}),
  };
}
