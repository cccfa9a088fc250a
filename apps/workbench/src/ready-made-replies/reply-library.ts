import { randomUUID } from 'node:crypto';

export const REPLY_LANGUAGES = ['nl', 'en'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

export type Localised = Record<ReplyLanguage, string>;

/** One standard reply text: for a main category (every sub category of it) or for one sub category. */
export interface ReadyMadeReply {
  id: string;
  category: { main: string; sub: string | null };
  title: Localised;
  text: Localised;
}

export interface ReplyLibrary {
  replies: ReadyMadeReply[];
}

export interface LibraryIssue {
  path: string;
  message: string;
}

export const MAX_REPLIES = 500;
export const MAX_TITLE = 120;
/** The same limit a note has: a reply becomes a note's text. */
export const MAX_TEXT = 4000;
const CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * Checks a library an administrator wants to save and returns it normalised (texts trimmed, a missing id
 * given a fresh one), or every fault with its path. Category codes are checked for their form only: the
 * catalogue belongs to routing, and the console offers its codes.
 */
export function validateReplyLibrary(input: unknown): { library: ReplyLibrary; issues: [] } | { library: null; issues: LibraryIssue[] } {
  const issues: LibraryIssue[] = [];
  if (!Array.isArray(input)) return { library: null, issues: [{ path: '', message: 'must be a list of replies' }] };
  if (input.length > MAX_REPLIES) issues.push({ path: '', message: `at most ${MAX_REPLIES} replies` });
  const seen = new Set<string>();
  const replies = input.map((raw: unknown, index): ReadyMadeReply => {
    const at = `${index}`;
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) issues.push({ path: at, message: 'must be an object' });
    const id = item['id'] === undefined ? randomUUID() : item['id'];
    if (typeof id !== 'string' || !ID.test(id)) issues.push({ path: `${at}.id`, message: 'must be 1–64 letters, digits, - or _' });
    else if (seen.has(id)) issues.push({ path: `${at}.id`, message: `${id} is used twice` });
    else seen.add(id);
    const category = (typeof item['category'] === 'object' && item['category'] !== null ? item['category'] : {}) as Record<string, unknown>;
    const main = category['main'];
    const sub = category['sub'] ?? null;
    if (typeof main !== 'string' || !CODE.test(main)) issues.push({ path: `${at}.category.main`, message: 'must be a category code (lower case, digits and -)' });
    if (sub !== null && (typeof sub !== 'string' || !CODE.test(sub))) issues.push({ path: `${at}.category.sub`, message: 'must be a sub category code or left out' });
    return {
      id: String(id),
      category: { main: String(main), sub: sub === null ? null : String(sub) },
      title: localised(item['title'], `${at}.title`, MAX_TITLE, issues),
      text: localised(item['text'], `${at}.text`, MAX_TEXT, issues),
    };
  });
  return issues.length ? { library: null, issues } : { library: { replies }, issues: [] };
}

function localised(raw: unknown, path: string, max: number, issues: LibraryIssue[]): Localised {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out = {} as Localised;
  for (const language of REPLY_LANGUAGES) {
    const text = value[language];
    const trimmed = typeof text === 'string' ? text.trim() : '';
    if (trimmed.length === 0) issues.push({ path: `${path}.${language}`, message: 'must not be empty' });
    else if (trimmed.length > max) issues.push({ path: `${path}.${language}`, message: `at most ${max} characters` });
    out[language] = trimmed;
  }
  return out;
}

/**
 * The replies that fit a case's category: those for its sub category first, then those for its main
 * category as a whole; each group in the library's order.
 */
export function repliesFor(library: ReplyLibrary, category: { main: string; sub: string | null }): ReadyMadeReply[] {
  const ofMain = library.replies.filter((r) => r.category.main === category.main);
  const forSub = category.sub === null ? [] : ofMain.filter((r) => r.category.sub === category.sub);
  return [...forSub, ...ofMain.filter((r) => r.category.sub === null)];
}
