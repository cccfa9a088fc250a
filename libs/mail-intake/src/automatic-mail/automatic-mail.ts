/** A received mail's headers by lower-case name, each with its values in order (a header may appear more than once). */
export type MailHeaders = Readonly<Record<string, readonly string[] | undefined>>;

/** What tells whether a person wrote the mail: its headers, envelope sender, From address and subject. */
export interface MailOrigin {
  headers: MailHeaders;
  /** The envelope sender (SMTP MAIL FROM, later Return-Path): '' for the null sender `<>` of bounces, null when unknown. */
  returnPath: string | null;
  /** The address in From, or null when the mail has none. */
  from: string | null;
  subject: string;
}

/** Why a mail was recognised as not written by a person; such a mail is never answered and makes no report. */
export type AutomaticMailReason =
  | 'auto-submitted'
  | 'precedence'
  | 'mailing-list'
  | 'auto-reply-header'
  | 'null-sender'
  | 'system-sender'
  | 'delivery-report'
  | 'auto-reply-subject';

/** RFC 2076 / de-facto values of Precedence that mark mail sent by a machine or to a list. */
const MACHINE_PRECEDENCE = new Set(['bulk', 'junk', 'list', 'auto_reply', 'auto-reply']);

/**
 * Local parts of mailboxes that no person reads: mail daemons, list managers and "do not reply" senders. Answering
 * them at best goes nowhere and at worst starts a loop with another robot.
 */
const SYSTEM_LOCAL_PART =
  /^(mailer-daemon|postmaster|no-?reply|noreply-.*|do-?not-?reply|donotreply|bounces?|.*-bounces?|bounce-.*|auto-?reply|autoresponder|listserv|majordomo|owner-.*|.*-owner|.*-request)$/i;

/**
 * Subjects that out-of-office answers and delivery failures carry, in Dutch and English as Outlook, Gmail, Apple Mail
 * and the common mail servers write them. Only at the start (after a "Re:" or "Fw:"), and whole words: "Afwezige
 * straatverlichting" is a report.
 */
const AUTOMATIC_SUBJECT = new RegExp(
  '^(?:(?:re|aw|antw|fw|fwd|doorst)\\s*:\\s*)*' +
    '(?:automatisch antwoord|automatisch bericht|automatische reactie|automatic reply|auto(?:matic)?[- ]?reply|autoreply|auto-response|' +
    'out of (?:the )?office|niet op kantoor|afwezig(?:heid|heidsmelding)?|abwesenheitsnotiz|' +
    'undeliverable|undelivered mail|delivery status notification|delivery failure|mail delivery (?:failed|failure|system)|' +
    'returned mail|failure notice|onbestelbaar|niet bezorgd|kan niet worden bezorgd)\\b',
  'i',
);

/**
 * Whether a mail was sent by a machine rather than a person, and why: auto-replies (RFC 3834 Auto-Submitted and the
 * vendors' own headers), bounces and delivery reports (the null sender, multipart/report, MAILER-DAEMON), and list
 * or bulk mail. Null means a person wrote it. The checks lean towards "machine": a person whose mail is taken for a
 * robot's can still use the web form, while a robot answered by Loket can answer back without end.
 */
export function automaticMailReason(mail: MailOrigin): AutomaticMailReason | null {
  const header = (name: string) => mail.headers[name] ?? [];
  const first = (name: string) => header(name)[0]?.trim().toLowerCase();

  const autoSubmitted = first('auto-submitted');
  if (autoSubmitted !== undefined && autoSubmitted !== '' && !/^no\b/.test(autoSubmitted)) return 'auto-submitted';
  if (header('x-autoreply').length || header('x-autorespond').length || header('x-auto-response-suppress').length) return 'auto-reply-header';
  const precedence = first('precedence');
  if (precedence !== undefined && MACHINE_PRECEDENCE.has(precedence)) return 'precedence';
  if (header('list-id').length || header('list-unsubscribe').length || header('list-post').length) return 'mailing-list';
  if (mail.returnPath !== null && nullSender(mail.returnPath)) return 'null-sender';
  if (/^multipart\/report\b/i.test(first('content-type') ?? '')) return 'delivery-report';
  for (const address of [mail.from, mail.returnPath]) {
    if (address && SYSTEM_LOCAL_PART.test(localPartOf(address))) return 'system-sender';
  }
  if (AUTOMATIC_SUBJECT.test(mail.subject.trim())) return 'auto-reply-subject';
  return null;
}

/** `<>` as the envelope sender (or Return-Path header): a bounce or another delivery report (RFC 5321 §4.5.5). */
function nullSender(returnPath: string): boolean {
  return returnPath.replace(/[<>\s]/g, '') === '';
}

function localPartOf(address: string): string {
  const bare = address.trim().replace(/^<|>$/g, '');
  const at = bare.lastIndexOf('@');
  return at < 0 ? bare : bare.slice(0, at);
}
