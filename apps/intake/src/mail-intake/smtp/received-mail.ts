import { createHash } from 'node:crypto';
import { AddressObject, simpleParser } from 'mailparser';
import type { MailHeaders } from '@loket/mail-intake';

/** A file attached to a mail, as received (not yet checked or cleaned). */
export interface MailAttachment {
  contentType: string;
  filename?: string;
  bytes: Buffer;
}

/** A mail as the SMTP door received it: its envelope and its parts, in plain values for the use case. */
export interface ReceivedMail {
  /** The Message-ID header, or a hash of the whole message when it has none: the same mail delivered twice has the same. */
  identity: string;
  /** Envelope sender (MAIL FROM): '' for the null sender of a bounce. */
  returnPath: string;
  /** Envelope recipients (RCPT TO) the door took: the loket's address, or a question's reply address. */
  recipients: string[];
  from: { address: string; name?: string } | null;
  subject: string;
  headers: MailHeaders;
  text?: string;
  html?: string;
  attachments: MailAttachment[];
  receivedAt: Date;
}

/** HTML longer than this is not turned into text by the parser (our own reading takes the plain part first anyway). */
const MAX_HTML_TO_PARSE = 2 * 1024 * 1024;

/** Reads a message's MIME with mailparser: headers as received lines, the text and HTML parts, attachments in memory. */
export async function readReceivedMail(raw: Buffer, returnPath: string, receivedAt: Date = new Date(), recipients: string[] = []): Promise<ReceivedMail> {
  const parsed = await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true, maxHtmlLengthToParse: MAX_HTML_TO_PARSE });
  const from = firstAddress(parsed.from);
  return {
    identity: parsed.messageId?.trim() || `sha256:${createHash('sha256').update(raw).digest('hex')}`,
    returnPath,
    recipients: recipients.map((r) => r.toLowerCase()),
    from,
    subject: parsed.subject ?? '',
    headers: headersOf(parsed.headerLines),
    ...(parsed.text ? { text: parsed.text } : {}),
    ...(typeof parsed.html === 'string' ? { html: parsed.html } : {}),
    attachments: parsed.attachments.map((a) => ({ contentType: a.contentType.toLowerCase(), ...(a.filename ? { filename: a.filename } : {}), bytes: a.content })),
    receivedAt,
  };
}

function firstAddress(from: AddressObject | undefined): ReceivedMail['from'] {
  const first = from?.value.find((entry) => entry.address);
  if (!first?.address) return null;
  return { address: first.address.toLowerCase(), ...(first.name.trim() ? { name: first.name.trim() } : {}) };
}

/** Header lines as they came (unfolded), by lower-case name: the recognisers read raw values, not the parser's structures. */
function headersOf(lines: ReadonlyArray<{ key: string; line: string }>): MailHeaders {
  const headers: Record<string, string[]> = {};
  for (const { key, line } of lines) {
    const colon = line.indexOf(':');
    const value = (colon >= 0 ? line.slice(colon + 1) : '').replace(/\r?\n[ \t]+/g, ' ').trim();
    (headers[key.toLowerCase()] ??= []).push(value);
  }
  return headers;
}
