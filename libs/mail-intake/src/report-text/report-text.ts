import { textOfHtml } from './html-text';
import { withoutQuotedReply } from './quoted-reply';
import { withoutSignature } from './signature';

/** A report's description is at most this long (as the web form's). */
export const MAX_REPORT_TEXT_LENGTH = 5000;

/** The readable parts of a received mail. */
export interface MailContent {
  subject: string;
  /** The text/plain part, when the mail has one. */
  text?: string;
  /** The text/html part; read only when there is no plain text. */
  html?: string;
  /** The sender's own address: taken out of the text too (a signature the stripping missed, a "mail me at"). */
  senderAddress?: string;
}

/** "Re:", "Fw:", "Antw:", "Doorst:" and the like in front of a subject, as many as there are. */
const REPLY_PREFIXES = /^((re|aw|antw|fw|fwd|doorst|wg)\s*(\[\d+\])?\s*:\s*)+/i;

/**
 * The text of a report made from a mail: the subject (without "Re:"/"Fw:") above the body, the body without the
 * quoted earlier messages and the signature, white space tidied, at most 5,000 characters. Empty when the mail
 * has no words of its own.
 */
export function reportTextOf(mail: MailContent): string {
  const raw = mail.text !== undefined && mail.text.trim() !== '' ? mail.text : textOfHtml(mail.html ?? '');
  const body = tidy(withoutSignature(withoutQuotedReply(raw.replace(/\r\n?/g, '\n'))));
  const subject = tidy(mail.subject.replace(REPLY_PREFIXES, ''));
  const parts = subject && !body.toLowerCase().startsWith(subject.toLowerCase()) ? [subject, body] : [body];
  const text = withoutAddress(parts.filter(Boolean).join('\n\n'), mail.senderAddress);
  return cut(text, MAX_REPORT_TEXT_LENGTH);
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function withoutAddress(text: string, address: string | undefined): string {
  if (!address) return text;
  const escaped = address.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`<?${escaped}>?`, 'gi'), '').replace(/[ \t]{2,}/g, ' ').trim();
}

/** Cut at the last word boundary before the limit, so the description never ends in half a word. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit - 1);
  const space = head.search(/\s\S*$/);
  return `${(space > limit / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
