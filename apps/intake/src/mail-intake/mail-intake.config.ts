import { httpUrlFrom, oneOf, wholeNumberFrom } from '../config-values';

/** Who may receive mail at the loket: whole addresses, or every address of a domain (`@loket.example` or `loket.example`). */
export interface AcceptedRecipients {
  addresses: string[];
  domains: string[];
}

/** Where intake sends its own answers (the question asking for the place): an SMTP relay, as the feedback service does. */
export interface ReplyRelay {
  host: string;
  port: number;
  from: string;
  timeoutMs: number;
}

export type MailIntakeConfig =
  | { door: 'off'; publicUrl: string; locationDays: number }
  | {
      door: 'smtp';
      host: string;
      port: number;
      maxBytes: number;
      recipients: AcceptedRecipients;
      relay: ReplyRelay;
      publicUrl: string;
      locationDays: number;
      replies: QuestionReplies;
    };

/** Replies to professionals' questions by e-mail: taken for the question reply address, passed on to feedback. */
export interface QuestionReplies {
  address: string | undefined;
  feedbackUrl: string;
  timeoutMs: number;
}

const MAIL_DOORS = ['off', 'smtp', 'imap'] as const;
/** Three photos of 10 MB, base64 in a mail, and the text around them. */
const DEFAULT_MAX_BYTES = 45 * 1024 * 1024;

/**
 * The mail door: off unless `LOKET_MAIL_INTAKE=smtp`, which starts an SMTP listener in intake
 * (`LOKET_MAIL_INTAKE_HOST` 127.0.0.1, `LOKET_MAIL_INTAKE_PORT` 2525) taking mail for `LOKET_MAIL_INTAKE_ADDRESS`
 * (comma-separated addresses or domains) up to `LOKET_MAIL_INTAKE_MAX_BYTES`. It sits behind the municipality's own
 * mail server, which relays the loket's address to it (and does TLS and spam filtering); it is no MX on the internet.
 * Answers go out through `LOKET_SMTP_HOST`/`LOKET_SMTP_PORT` from `LOKET_MAIL_FROM`, as the feedback service's mail.
 * A mail without a place waits `LOKET_MAIL_LOCATION_DAYS` for it, completed at `LOKET_PUBLIC_URL`/melding-aanvullen/….
 */
export function mailIntakeConfigFromEnv(env: NodeJS.ProcessEnv): MailIntakeConfig {
  const door = oneOf(env, 'LOKET_MAIL_INTAKE', MAIL_DOORS, 'off');
  const publicUrl = httpUrlFrom(env, 'LOKET_PUBLIC_URL', 'http://localhost:3000');
  const locationDays = wholeNumberFrom(env, 'LOKET_MAIL_LOCATION_DAYS', 7);
  if (locationDays < 1) throw new Error(`LOKET_MAIL_LOCATION_DAYS must be at least 1, got "${env['LOKET_MAIL_LOCATION_DAYS']}"`);
  if (door === 'imap') {
    throw new Error('LOKET_MAIL_INTAKE=imap is not built: intake receives mail only as an SMTP listener (LOKET_MAIL_INTAKE=smtp); let the mail server relay the loket\'s address to it');
  }
  if (door === 'off') return { door, publicUrl, locationDays };
  const port = wholeNumberFrom(env, 'LOKET_MAIL_INTAKE_PORT', 2525);
  if (port > 65_535) throw new Error(`LOKET_MAIL_INTAKE_PORT must be a port number, got "${env['LOKET_MAIL_INTAKE_PORT']}"`);
  const maxBytes = wholeNumberFrom(env, 'LOKET_MAIL_INTAKE_MAX_BYTES', DEFAULT_MAX_BYTES);
  if (maxBytes < 64 * 1024) throw new Error(`LOKET_MAIL_INTAKE_MAX_BYTES must be at least 65536, got "${env['LOKET_MAIL_INTAKE_MAX_BYTES']}"`);
  const relayPort = wholeNumberFrom(env, 'LOKET_SMTP_PORT', 1025);
  if (relayPort < 1 || relayPort > 65_535) throw new Error(`LOKET_SMTP_PORT must be a port number, got "${env['LOKET_SMTP_PORT']}"`);
  return {
    door,
    host: env['LOKET_MAIL_INTAKE_HOST'] || '127.0.0.1',
    port,
    maxBytes,
    recipients: recipientsFrom(env['LOKET_MAIL_INTAKE_ADDRESS']),
    relay: {
      host: env['LOKET_SMTP_HOST'] || '127.0.0.1',
      port: relayPort,
      from: env['LOKET_MAIL_FROM'] || 'Loket <noreply@loket.local>',
      timeoutMs: wholeNumberFrom(env, 'LOKET_SMTP_TIMEOUT_MS', 10_000),
    },
    publicUrl,
    locationDays,
    replies: {
      /** `LOKET_QUESTION_REPLY_ADDRESS` as feedback has it: mail for `<local>+<token>@<domain>` is a reply to a question. */
      address: (env['LOKET_QUESTION_REPLY_ADDRESS'] ?? '').trim().toLowerCase() || undefined,
      /** Where the replies go: the feedback service. */
      feedbackUrl: httpUrlFrom(env, 'LOKET_FEEDBACK_URL', 'http://127.0.0.1:3004'),
      timeoutMs: wholeNumberFrom(env, 'LOKET_FEEDBACK_TIMEOUT_MS', 5_000),
    },
  };
}

/** The reply token of a question's reply address (`antwoord+<token>@domain` for `antwoord@domain`), or null. */
export function replyTokenOf(replyAddress: string | undefined, recipient: string): string | null {
  if (!replyAddress) return null;
  const at = replyAddress.lastIndexOf('@');
  const prefix = `${replyAddress.slice(0, at)}+`;
  const suffix = replyAddress.slice(at);
  const lower = recipient.trim().toLowerCase();
  if (!lower.startsWith(prefix) || !lower.endsWith(suffix)) return null;
  const token = lower.slice(prefix.length, lower.length - suffix.length);
  return /^[a-z2-7]{26}$/.test(token) ? token : null;
}

function recipientsFrom(raw: string | undefined): AcceptedRecipients {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  if (!entries.length) throw new Error('LOKET_MAIL_INTAKE_ADDRESS is required with LOKET_MAIL_INTAKE=smtp: the address(es) or @domain(s) the loket receives mail at');
  const addresses: string[] = [];
  const domains: string[] = [];
  for (const entry of entries) {
    if (/^[^@\s]+@[a-z0-9.-]+\.[a-z0-9-]+$/.test(entry) || /^[^@\s]+@[a-z0-9-]+$/.test(entry)) addresses.push(entry);
    else if (/^@?[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(entry)) domains.push(entry.replace(/^@/, ''));
    else throw new Error(`LOKET_MAIL_INTAKE_ADDRESS must list e-mail addresses or domains, got "${entry}"`);
  }
  return { addresses, domains };
}

/** Whether the loket takes mail for this envelope recipient (a question's reply address included). */
export function acceptsRecipient(recipients: AcceptedRecipients, address: string, replyAddress?: string): boolean {
  if (replyTokenOf(replyAddress, address)) return true;
  const lower = address.trim().toLowerCase();
  const domain = lower.slice(lower.lastIndexOf('@') + 1);
  return recipients.addresses.includes(lower) || (lower.includes('@') && recipients.domains.includes(domain));
}
